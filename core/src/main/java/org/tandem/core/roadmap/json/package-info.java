/**
 * JSON export and re-import of roadmaps without loss ({@link org.tandem.core.roadmap.json.RoadmapJson}). The JSON
 * shape lives in package-private records here, so the domain records carry no Jackson annotations.
 */
@Export
@Version("0.1.0")
package org.tandem.core.roadmap.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
