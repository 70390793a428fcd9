package org.tandem.portal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import org.tandem.portal.vendor.SharedSubjectRequired;

/**
 * Builds the example vendor bundle {@code org.example.tandem.vendor} from the compiled package
 * {@code org.tandem.portal.vendor} with bnd, as a vendor's own build would: Declarative Services components from
 * the annotations, imports of Tandem's API packages with their versions from the bundles under test.
 */
final class VendorBundle {

    static final String SYMBOLIC_NAME = "org.example.tandem.vendor";

    private VendorBundle() {
    }

    /** Writes the bundle into {@code folder} and returns its path. */
    static Path build(Path folder) throws Exception {
        File classes = new File(SharedSubjectRequired.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = folder.resolve(SYMBOLIC_NAME + ".jar");
        try (Builder builder = new Builder()) {
            builder.setProperty("Bundle-SymbolicName", SYMBOLIC_NAME);
            builder.setProperty("Bundle-Version", "1.0.0");
            builder.setProperty("Private-Package", SharedSubjectRequired.class.getPackageName());
            builder.setProperty("-dsannotations", "*");
            builder.setProperty("-noextraheaders", "true");
            builder.addClasspath(classes);
            try (Stream<Path> bundles = Files.list(Path.of(System.getProperty("tandem.it.bundles")))) {
                for (Path jar : bundles.filter(p -> p.getFileName().toString().startsWith("tandem-")).toList()) {
                    builder.addClasspath(jar.toFile());
                }
            }
            Jar jar = builder.build();
            if (!builder.isOk()) {
                throw new IllegalStateException("bnd could not build the vendor bundle: " + builder.getErrors());
            }
            Files.createDirectories(folder);
            jar.write(target.toFile());
        }
        return target;
    }
}
