/** Russian deadline phrases of roadmaps parsed into structured deadlines with concrete due windows. */
@Export
@Version("0.1.0")
package org.tandem.core.roadmap.deadline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
