/** What every use case shares: time, access checks, validation and domain events. */
@Export
@Version("0.1.0")
package org.tandem.core.application;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
