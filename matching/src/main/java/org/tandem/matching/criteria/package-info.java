/**
 * The built-in criteria: deficits covered, shared subject, experience gap, meeting format, schedule and ranked
 * preferences. Each is stateless, scores in the hot loop without allocating and explains a pair in Russian and
 * English.
 */
@Export
@Version("0.1.0")
package org.tandem.matching.criteria;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
