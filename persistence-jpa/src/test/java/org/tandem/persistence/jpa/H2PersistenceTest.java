package org.tandem.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.people.Person;
import org.tandem.core.shared.MentorshipId;

/** The contract on the embedded H2 database, in a temporary folder, plus what only a file database can show. */
class H2PersistenceTest extends PersistenceContract {

    private final Path folder;

    H2PersistenceTest() throws IOException {
        folder = Files.createTempDirectory("tandem-h2-");
    }

    @Override
    TandemPersistence open() {
        return TandemPersistence.embedded(folder);
    }

    @Override
    Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("tandem") + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Override
    void dropDatabase() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void dataOutlivesARestartOnTheSameFolder() {
        String p = prefix();
        Setting s = setting(p);
        persistence.mentorships().save(approved(MentorshipId.of(p + "m"), s.program(), s.mentor(), s.mentee()));
        persistence.close();

        persistence = open();
        assertThat(Files.exists(folder.resolve("tandem.mv.db"))).isTrue();
        assertThat(persistence.people().require(s.mentor()).mentorProfile()).isEqualTo(
                mentor(s.mentor(), s.school()).mentorProfile());
        assertThat(persistence.people().find(s.mentee()).map(Person::fullName)).contains("Сидоров Олег");
        assertThat(persistence.mentorships().require(MentorshipId.of(p + "m")).status()).isEqualTo(MentorshipStatus.APPROVED);
        assertThat(persistence.migrate()).isZero();
    }
}
