/** Regions, municipalities, schools and partners; their mentoring policies and network agreements. */
@Export
@Version("0.1.0")
package org.tandem.core.organization;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
