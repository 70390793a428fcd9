/**
 * The plug-in points vendors implement: {@link org.tandem.matching.spi.MatchingStrategy},
 * {@link org.tandem.matching.spi.Criterion} and {@link org.tandem.matching.spi.HardRule}; small, stateless
 * interfaces whose Javadoc states the contract. {@link org.tandem.matching.spi.MatchingPlugins} collects them, from
 * {@link java.util.ServiceLoader} or given by hand; {@code org.tandem.matching.guice} does the same with Guice
 * multibindings; {@code org.tandem.matching.testkit} checks a vendor's strategy against the contract.
 */
@Export
@Version("0.1.0")
package org.tandem.matching.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
