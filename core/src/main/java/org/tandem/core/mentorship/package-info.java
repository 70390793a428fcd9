/** Mentoring pairs and groups with their life cycle, the pairing rules, personalized programs, meetings and feedback. */
@Export
@Version("0.1.0")
package org.tandem.core.mentorship;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
