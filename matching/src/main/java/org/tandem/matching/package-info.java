/**
 * Mentor–mentee matching on top of core: a {@link org.tandem.matching.MatchingProblem} built from the bases, a
 * program, the organization's policy and the {@link org.tandem.matching.MatchingSettings}; hard rules decide which
 * pairs are allowed, weighted criteria score them, a strategy makes a {@link org.tandem.matching.Proposal} in
 * which every pair and every unmatched mentee is explained in Russian and English. A proposal approves nothing.
 */
@Export
@Version("0.1.0")
package org.tandem.matching;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
