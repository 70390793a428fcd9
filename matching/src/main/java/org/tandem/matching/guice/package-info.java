/** Guice wiring for plain-Java hosts; the only package of matching that knows Guice. */
@Export
@Version("0.1.0")
package org.tandem.matching.guice;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
