package org.tandem.portal.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.persistence.jpa.TandemPersistence;

/**
 * Opens Tandem's database for the bundle: the host's {@link DataSource} service when one matches
 * {@code dataSource.target}, else an embedded H2 database in a folder. Hibernate ORM, Flyway and H2 are embedded in
 * the bundle; while the database is opened (migrations, entity manager factory) the thread context class loader is
 * the bundle's, so that they find their service files and the migrations inside it.
 *
 * <p>The reference is static and greedy: a matching DataSource that appears later, one that goes away, and any
 * change of the configuration reopen the storage (deactivate, activate), and with it the Tandem service.
 */
@Component(service = TandemStorage.class, configurationPid = TandemStorage.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = StorageConfiguration.class)
public final class TandemStorage {

    /** The configuration PID of the storage settings. */
    public static final String PID = "org.tandem.portal.storage";
    /** The framework property naming the embedded database's folder when the configuration does not. */
    public static final String FOLDER_PROPERTY = TandemPersistence.FOLDER_PROPERTY;
    static final String DEFAULT_DATA_SOURCE_TARGET = "(|(dataSourceName=tandem)(osgi.jndi.service.name=jdbc/tandem))";

    private static final Logger LOG = LoggerFactory.getLogger(TandemStorage.class);

    private final TandemPersistence persistence;
    private final JdbcDataSource embedded;
    private final String description;

    @Activate
    public TandemStorage(BundleContext context, StorageConfiguration configuration,
                         @Reference(name = "dataSource", cardinality = ReferenceCardinality.OPTIONAL,
                                 policyOption = ReferencePolicyOption.GREEDY, target = DEFAULT_DATA_SOURCE_TARGET)
                         DataSource hostDataSource) {
        if (hostDataSource != null) {
            this.embedded = null;
            this.description = "the host's DataSource service (" + hostDataSource.getClass().getName() + ")";
            TandemPersistence.Builder builder = TandemPersistence.builder().dataSource(hostDataSource);
            String schema = configuration.schema() == null ? "" : configuration.schema().trim();
            if (!schema.isEmpty()) {
                builder.schema(schema);
            }
            this.persistence = withBundleClassLoader(builder::build);
        } else {
            Path folder = folder(context, configuration);
            this.embedded = embeddedH2(folder);
            this.description = "embedded H2 in " + folder;
            TandemPersistence opened;
            try {
                opened = withBundleClassLoader(() -> TandemPersistence.of(embedded));
            } catch (RuntimeException e) {
                shutDown(embedded);
                throw e;
            }
            this.persistence = opened;
        }
        LOG.info("Tandem storage opened: {}", description);
    }

    /** For tests outside a framework: Tandem on an embedded H2 database in {@code folder}. */
    static TandemStorage embedded(Path folder) {
        return new TandemStorage(folder);
    }

    private TandemStorage(Path folder) {
        this.embedded = embeddedH2(folder);
        this.description = "embedded H2 in " + folder;
        this.persistence = TandemPersistence.of(embedded);
    }

    @Deactivate
    public void close() {
        try {
            persistence.close();
        } finally {
            if (embedded != null) {
                shutDown(embedded);
            }
        }
        LOG.info("Tandem storage closed: {}", description);
    }

    TandemPersistence persistence() {
        return persistence;
    }

    /** Roadmaps with their executions, stored like the rest. */
    Roadmaps roadmaps() {
        return persistence.roadmaps();
    }

    /** Where the data is, for the log. */
    String description() {
        return description;
    }

    @Override
    public String toString() {
        return "TandemStorage[" + description + "]";
    }

    /** The configured folder, else the framework property {@value #FOLDER_PROPERTY}, else the bundle's data area. */
    static Path folder(BundleContext context, StorageConfiguration configuration) {
        String configured = configuration.h2Folder() == null ? "" : configuration.h2Folder().trim();
        if (configured.isEmpty()) {
            String property = context.getProperty(FOLDER_PROPERTY);
            configured = property == null ? "" : property.trim();
        }
        if (!configured.isEmpty()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        if (context.getDataFile("tandem") == null) {
            throw new IllegalStateException("the framework has no file system support: configure h2Folder in "
                    + PID + " or the framework property " + FOLDER_PROPERTY);
        }
        return context.getDataFile("tandem").toPath().toAbsolutePath();
    }

    /**
     * H2's own DataSource, not the DriverManager: the driver stays invisible to other bundles and is never
     * registered globally with a reference to this bundle's class loader.
     */
    private static JdbcDataSource embeddedH2(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the folder of the embedded database " + folder, e);
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("tandem") + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    private static void shutDown(JdbcDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("the embedded H2 database did not shut down cleanly", e);
        }
    }

    /**
     * Runs {@code work} with this bundle's class loader as the thread context class loader: Jakarta Persistence
     * finds Hibernate as its provider, and Hibernate and Flyway find their service files, through it.
     */
    static <T> T withBundleClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(TandemStorage.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
