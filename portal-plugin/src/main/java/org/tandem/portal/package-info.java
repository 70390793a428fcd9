/**
 * Tandem inside an OSGi portal: the {@link org.tandem.portal.TandemService} a portal's own components reference to
 * reach Tandem's repositories and use cases, and what it reports about the matching plug-ins it tracks.
 *
 * <p>Vendors plug in matching rules by registering {@code org.tandem.matching.spi.MatchingStrategy} or
 * {@code org.tandem.matching.spi.Criterion} services; among services with the same id the one with the highest
 * {@code service.ranking} wins (then the lowest {@code service.id}).
 */
@Export
@Version("0.1.0")
package org.tandem.portal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
