/** Use cases of roadmaps: keeping an organization's roadmap and recording what was carried out, with who did it. */
@Export
@Version("0.1.0")
package org.tandem.core.roadmap.application;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
