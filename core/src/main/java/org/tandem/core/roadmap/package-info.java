/** Roadmaps (дорожные карты) as data: sections, activities, the stages of the target model. */
@Export
@Version("0.1.0")
package org.tandem.core.roadmap;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
