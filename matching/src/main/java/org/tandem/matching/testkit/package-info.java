/**
 * The contract test kit for vendors' matching strategies ({@link org.tandem.matching.testkit.MatchingStrategyContract})
 * and seeded sample bases ({@link org.tandem.matching.testkit.SampleBases}). Uses JUnit 5 and AssertJ, which the
 * library declares optional: add {@code junit-jupiter} and {@code assertj-core} in test scope to use the kit.
 */
@Export
@Version("0.1.0")
package org.tandem.matching.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
