/** The matching use case: {@link org.tandem.matching.application.ProposingMatches}. */
@Export
@Version("0.1.0")
package org.tandem.matching.application;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
