/**
 * Storage of the Tandem domain through Jakarta Persistence: {@link org.tandem.persistence.jpa.TandemPersistence}
 * opens a database (embedded H2 or a host's {@code DataSource}), migrates its schema and hands out core's
 * repositories; {@link org.tandem.persistence.jpa.TandemPersistenceModule} puts them into a Guice injector.
 */
@Export
@Version("0.1.0")
package org.tandem.persistence.jpa;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
