/**
 * The built-in matching strategies: {@link org.tandem.matching.strategy.OptimalStrategy},
 * {@link org.tandem.matching.strategy.StableStrategy} and {@link org.tandem.matching.strategy.GreedyStrategy}.
 */
@Export
@Version("0.1.0")
package org.tandem.matching.strategy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
