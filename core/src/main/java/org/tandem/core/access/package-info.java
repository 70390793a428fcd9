/** Who may do what: actors, actions, targets and the access policy every use case asks. */
@Export
@Version("0.1.0")
package org.tandem.core.access;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
