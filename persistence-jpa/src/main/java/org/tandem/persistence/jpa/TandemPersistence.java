package org.tandem.persistence.jpa;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.ValidationMode;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.People;
import org.tandem.core.program.Programs;
import org.tandem.core.questionnaire.ColumnMappings;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.persistence.jpa.internal.AuditEventEntity;
import org.tandem.persistence.jpa.internal.ColumnMappingEntity;
import org.tandem.persistence.jpa.internal.DriverManagerDataSource;
import org.tandem.persistence.jpa.internal.FeedbackEntity;
import org.tandem.persistence.jpa.internal.IdBlocks;
import org.tandem.persistence.jpa.internal.JpaAuditLog;
import org.tandem.persistence.jpa.internal.JpaColumnMappings;
import org.tandem.persistence.jpa.internal.JpaMentorships;
import org.tandem.persistence.jpa.internal.JpaOrganizations;
import org.tandem.persistence.jpa.internal.JpaPeople;
import org.tandem.persistence.jpa.internal.JpaPersonalizedPrograms;
import org.tandem.persistence.jpa.internal.JpaPrivacy;
import org.tandem.persistence.jpa.internal.JpaPrograms;
import org.tandem.persistence.jpa.internal.JpaRoadmaps;
import org.tandem.persistence.jpa.internal.MenteeProfileEntity;
import org.tandem.persistence.jpa.internal.MentorLoadEntity;
import org.tandem.persistence.jpa.internal.MentorProfileEntity;
import org.tandem.persistence.jpa.internal.MentorshipEntity;
import org.tandem.persistence.jpa.internal.NetworkAgreementEntity;
import org.tandem.persistence.jpa.internal.OrganizationEntity;
import org.tandem.persistence.jpa.internal.PersonEntity;
import org.tandem.persistence.jpa.internal.PersonalizedProgramEntity;
import org.tandem.persistence.jpa.internal.ProgramEntity;
import org.tandem.persistence.jpa.internal.RoadmapEntity;
import org.tandem.persistence.jpa.internal.UnitOfWork;

/**
 * Tandem's storage: opens a database, brings its schema up to date with the module's Flyway migrations, and hands
 * out core's repositories and a stored {@link AuditLog}.
 *
 * <pre>{@code
 * try (TandemPersistence persistence = TandemPersistence.embedded(Path.of("/var/lib/tandem"))) {
 *     People people = persistence.people();
 *     ...
 * }
 * }</pre>
 *
 * <p>Without a {@link DataSource} it keeps an embedded H2 database in a file {@code tandem.mv.db} under a folder:
 * the one given, or the system property {@value #FOLDER_PROPERTY}, or {@code ./tandem-data}. With a host's
 * {@code DataSource} (PostgreSQL or H2) it uses the host's database, optionally in its own schema, created if
 * missing. The schema is only ever made by the migrations; Hibernate validates it and never changes it.
 *
 * <p>Transactions: every repository call runs in a transaction of its own, unless the calling thread is inside
 * {@link #inTransaction(Supplier)}, where all calls share one transaction committed at the end, or rolled back
 * whole when the work throws. Run a use case in {@code inTransaction} so that what it read and what it saves,
 * with its audit event, are one unit; this is what keeps two curators approving mentorships of one mentor at
 * once within his capacity (the loser gets core's {@code ConcurrentChangeException}).
 *
 * <p>Privacy: {@link PersonalDataInventory} declares the personal data of every column; saving a person that core
 * erased (consent withdrawn) erases her data in every table in the same transaction ({@link #personalDataEraser()});
 * {@link #personalDataExport()} answers a subject access request.
 *
 * <p>Hibernate logs through jboss-logging; unless the host chose otherwise, this class points jboss-logging at
 * SLF4J ({@code org.jboss.logging.provider=slf4j}) before Hibernate starts.
 *
 * <p>Thread-safe. Close it to release the database.
 */
public final class TandemPersistence implements AutoCloseable {

    /** The system property naming the folder of the embedded database when none is given. */
    public static final String FOLDER_PROPERTY = "tandem.h2.folder";

    private static final Logger LOG = LoggerFactory.getLogger(TandemPersistence.class);
    private static final String MIGRATIONS = "classpath:org/tandem/persistence/jpa/migration";
    private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    static {
        if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
        }
    }

    private final DataSource dataSource;
    private final Optional<String> schema;
    private final boolean embedded;
    private final EntityManagerFactory factory;
    private final UnitOfWork work;
    private final JpaPeople people;
    private final JpaOrganizations organizations;
    private final JpaPrograms programs;
    private final JpaMentorships mentorships;
    private final JpaPersonalizedPrograms personalizedPrograms;
    private final JpaAuditLog auditLog;
    private final JpaColumnMappings columnMappings;
    private final JpaRoadmaps roadmaps;
    private final JpaPrivacy privacy;
    private volatile boolean closed;

    private TandemPersistence(DataSource dataSource, Optional<String> schema, boolean embedded) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.embedded = embedded;
        migrate();
        this.factory = entityManagerFactory();
        String prefix = schema.map(name -> name + ".").orElse("");
        this.work = new UnitOfWork(factory, prefix, new IdBlocks(dataSource, prefix, "audit_event"));
        this.privacy = new JpaPrivacy(work, schema);
        this.people = new JpaPeople(work, privacy, schema, dataSource);
        this.organizations = new JpaOrganizations(work);
        this.programs = new JpaPrograms(work);
        this.mentorships = new JpaMentorships(work);
        this.personalizedPrograms = new JpaPersonalizedPrograms(work);
        this.auditLog = new JpaAuditLog(work);
        this.columnMappings = new JpaColumnMappings(work);
        this.roadmaps = new JpaRoadmaps(work);
    }

    /** An embedded H2 database in {@code folder}, created with the folder if missing. */
    public static TandemPersistence embedded(Path folder) {
        return builder().h2Folder(folder).build();
    }

    /** An embedded H2 database in the folder of {@value #FOLDER_PROPERTY}, or {@code ./tandem-data}. */
    public static TandemPersistence embedded() {
        return builder().build();
    }

    /** The host's database, in the schema its connections use by default. */
    public static TandemPersistence of(DataSource dataSource) {
        return builder().dataSource(dataSource).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where the database is and in which schema Tandem's tables live. */
    public static final class Builder {
        private DataSource dataSource;
        private Path folder;
        private String schema;

        private Builder() {
        }

        /** Use the host's database; the host keeps pooling and closing it. */
        public Builder dataSource(DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            return this;
        }

        /** Keep an embedded H2 database in this folder. */
        public Builder h2Folder(Path value) {
            this.folder = Objects.requireNonNull(value, "folder");
            return this;
        }

        /** Keep Tandem's tables in this schema, created by the migrations if missing. */
        public Builder schema(String value) {
            if (value == null || !value.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("a schema name is a plain SQL identifier, was " + value);
            }
            this.schema = value;
            return this;
        }

        /**
         * Opens the database and migrates it.
         *
         * @throws StorageException when the database cannot be reached or migrated
         */
        public TandemPersistence build() {
            if (dataSource != null && folder != null) {
                throw new IllegalArgumentException("give either a DataSource or an H2 folder, not both");
            }
            if (dataSource != null) {
                return new TandemPersistence(dataSource, Optional.ofNullable(schema), false);
            }
            Path where = folder != null ? folder
                    : Path.of(System.getProperty(FOLDER_PROPERTY, "tandem-data"));
            String url = "jdbc:h2:file:" + where.toAbsolutePath().resolve("tandem") + ";DB_CLOSE_DELAY=-1";
            LOG.info("embedded H2 database in {}", where.toAbsolutePath());
            return new TandemPersistence(new DriverManagerDataSource(url, "sa", ""), Optional.ofNullable(schema), true);
        }
    }

    /**
     * Applies the migrations the database has not had yet; the constructor already did, so this is for hosts that
     * keep one instance while another process upgrades.
     *
     * @return the number of migrations applied, 0 when the schema was up to date
     */
    public int migrate() {
        FluentConfiguration configuration = Flyway.configure(TandemPersistence.class.getClassLoader())
                .loggers("slf4j")   // like the rest of the library, not java.util.logging
                .dataSource(dataSource)
                .locations(MIGRATIONS);
        schema.ifPresent(name -> configuration.schemas(name).defaultSchema(name).createSchemas(true));
        try {
            int applied = configuration.load().migrate().migrationsExecuted;
            LOG.info("{} migrations applied{}", applied, schema.map(name -> " in schema " + name).orElse(""));
            return applied;
        } catch (FlywayException e) {
            throw new StorageException("the database could not be migrated: " + e.getMessage(), e);
        }
    }

    private EntityManagerFactory entityManagerFactory() {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("tandem")
                .managedClasses(List.of(OrganizationEntity.class, NetworkAgreementEntity.class, PersonEntity.class,
                        MenteeProfileEntity.class, MentorProfileEntity.class, MentorLoadEntity.class,
                        ProgramEntity.class, MentorshipEntity.class, FeedbackEntity.class,
                        PersonalizedProgramEntity.class, AuditEventEntity.class, ColumnMappingEntity.class,
                        RoadmapEntity.class))
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .validationMode(ValidationMode.NONE)
                .schemaToolingAction(Action.VALIDATE)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.SHOW_SQL, false)
                // lazy collections of many people load in batches, not one by one
                .property(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 256)
                // writes go in JDBC batches, grouped by table; a PostgreSQL DataSource with reWriteBatchedInserts=true
                // turns each batch of inserts into one multi-row statement
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 500)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .property(AvailableSettings.PREFERRED_POOLED_OPTIMIZER, "pooled-lo");
        schema.ifPresent(configuration::defaultSchema);
        try {
            return configuration.createEntityManagerFactory();
        } catch (RuntimeException e) {
            throw new StorageException("the stored schema does not match the mapping: " + e.getMessage(), e);
        }
    }

    public People people() {
        return people;
    }

    public Organizations organizations() {
        return organizations;
    }

    public Programs programs() {
        return programs;
    }

    public Mentorships mentorships() {
        return mentorships;
    }

    public PersonalizedPrograms personalizedPrograms() {
        return personalizedPrograms;
    }

    /** The questionnaire column mappings organizations saved for their form exports. */
    public ColumnMappings columnMappings() {
        return columnMappings;
    }

    /**
     * The roadmaps organizations keep, with their executions: the plan as core's roadmap JSON (version 2), the
     * executions relational (migration {@code V3__roadmap.sql}). The owner must be a stored organization.
     */
    public Roadmaps roadmaps() {
        return roadmaps;
    }

    /** The stored audit log; also the {@code DomainEvents} to give use cases. */
    public AuditLog auditLog() {
        return auditLog;
    }

    /**
     * Erases a person's personal data in every table, after {@link PersonalDataInventory}. Saving a person that core
     * erased (consent withdrawn) already does this in the save's transaction.
     */
    public PersonalDataEraser personalDataEraser() {
        return privacy;
    }

    /** Everything stored about a person as JSON, after {@link PersonalDataInventory}: a subject access request. */
    public PersonalDataExport personalDataExport() {
        return privacy;
    }

    /**
     * Runs {@code work} in one transaction: every repository call it makes on this thread joins it. Commits when
     * {@code work} returns, rolls back when it throws. Nested calls join the outer transaction.
     *
     * @throws org.tandem.core.mentorship.ConcurrentChangeException when another transaction changed what this one
     *                                                              read; nothing of this one is kept
     */
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return this.work.call(em -> work.get());
    }

    /** {@link #inTransaction(Supplier)} for work without a result. */
    public void inTransaction(Runnable work) {
        Objects.requireNonNull(work, "work");
        this.work.call(em -> {
            work.run();
            return null;
        });
    }

    /** Closes the entity manager factory and, for the embedded database, shuts H2 down so its file is released. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        people.close();
        if (factory.isOpen()) {
            factory.close();
        }
        if (embedded) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.warn("embedded H2 database did not shut down cleanly", e);
            }
        }
    }
}
