/** In-memory repositories and audit log, for tests, examples and hosts that keep nothing. */
@Export
@Version("0.1.0")
package org.tandem.core.inmemory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
