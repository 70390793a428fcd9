/**
 * Rules that check a roadmap and the live state of its organization on a date: the
 * {@link org.tandem.core.roadmap.rules.RoadmapRule} SPI, the built-in rules, the
 * {@link org.tandem.core.roadmap.rules.RoadmapRules} evaluator and the record of executions.
 */
@Export
@Version("0.1.0")
package org.tandem.core.roadmap.rules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
