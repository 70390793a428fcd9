package org.tandem.portal.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Where the portal keeps Tandem's data (Configuration Admin PID {@value TandemStorage#PID}). Any change reopens the
 * storage, and with it the Tandem service.
 */
@ObjectClassDefinition(id = TandemStorage.PID, name = "Tandem storage / Хранение данных Tandem",
        description = "The host's DataSource service when one matches the filter, else an embedded H2 database.")
public @interface StorageConfiguration {

    @AttributeDefinition(name = "DataSource filter / Фильтр источника данных",
            description = "LDAP filter choosing the host's javax.sql.DataSource service. With no matching service "
                    + "Tandem keeps an embedded H2 database.")
    String dataSource_target() default TandemStorage.DEFAULT_DATA_SOURCE_TARGET;

    @AttributeDefinition(name = "Require the host's DataSource / Только источник данных портала", min = "0", max = "1",
            description = "1: wait for a matching DataSource service and never fall back to embedded H2; 0: fall back.")
    int dataSource_cardinality_minimum() default 0;

    @AttributeDefinition(name = "Schema / Схема", required = false,
            description = "Schema of Tandem's tables in the host's database, created if missing; empty: the "
                    + "connection's default schema. Not used for the embedded database.")
    String schema() default "";

    @AttributeDefinition(name = "H2 folder / Папка H2", required = false,
            description = "Folder of the embedded H2 database. Empty: the framework property tandem.h2.folder, "
                    + "else the folder 'tandem' in the bundle's data area of the framework storage.")
    String h2Folder() default "";
}
