/** Values every part of the domain shares: identities, bilingual texts, results and refusals, domain events. */
@Export
@Version("0.1.0")
package org.tandem.core.shared;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
