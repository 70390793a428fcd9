/** Use cases of the program feature: one small class per use case, each asking the access policy and emitting events. */
@Export
@Version("0.1.0")
package org.tandem.core.program.application;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
