/**
 * What the host portal implements for Tandem's JSON API: {@link org.tandem.portal.spi.ActingUsers} says who acts in
 * an HTTP request. The plug-in has a demo implementation (a configured curator, {@code service.ranking} -1000);
 * a host's service with a higher {@code service.ranking} (e.g. the default 0) replaces it.
 */
@Export
@Version("0.1.0")
package org.tandem.portal.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
