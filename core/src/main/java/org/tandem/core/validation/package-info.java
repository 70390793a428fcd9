/** Bean Validation of commands and questionnaires with messages in Russian and English. */
@Export
@Version("0.1.0")
package org.tandem.core.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
