package org.tandem.core.roadmap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tandem.core.roadmap.importing.RoadmapTableImporter;

/**
 * Locates the real roadmaps in the shared folder ({@code tandem.shared} system property, as in core's test of
 * the same name). Tests that need them are skipped, not failed, where the folder is absent.
 */
public final class SharedSeeds {

    public static final String OKTYABRSKY_2024 = "000_88c6443047f52727.txt";
    public static final String ZHIGALOVO_2021_2024 = "001_e356ef9bdf30af37.txt";
    public static final String KRAEVOY_CENTER_2023 = "002_cec332ad6b374d75.txt";

    private SharedSeeds() {
    }

    /** The seed file, or a skipped test when the shared folder or the file is missing. */
    public static Path seed(String name) {
        Path folder = Path.of(System.getProperty("tandem.shared", "../../shared")).resolve("seeds");
        assumeTrue(Files.isDirectory(folder),
                () -> "Shared seeds folder " + folder.toAbsolutePath() + " is absent; set -Dtandem.shared to run seed tests");
        Path file = folder.resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "Seed " + file.toAbsolutePath() + " is absent");
        return file;
    }

    /** The seed as core's importer reads it. */
    public static Roadmap roadmap(String name) {
        try {
            return new RoadmapTableImporter().importFrom(seed(name)).roadmap();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
