/** People with roles, consents to personal-data processing, and mentor and mentee questionnaires. */
@Export
@Version("0.1.0")
package org.tandem.core.people;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
