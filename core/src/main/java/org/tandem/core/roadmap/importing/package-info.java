/** Import of roadmaps from the tab-separated tables municipal documents are exported to. */
@Export
@Version("0.1.0")
package org.tandem.core.roadmap.importing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
