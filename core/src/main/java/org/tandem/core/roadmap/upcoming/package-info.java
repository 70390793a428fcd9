/** What is due soon in a roadmap and not yet done ({@link org.tandem.core.roadmap.upcoming.UpcomingDeadlines}). */
@Export
@Version("0.1.0")
package org.tandem.core.roadmap.upcoming;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
