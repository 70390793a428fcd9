/** Mentoring programs: their forms, kinds, periods and curators. */
@Export
@Version("0.1.0")
package org.tandem.core.program;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
