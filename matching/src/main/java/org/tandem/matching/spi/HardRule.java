package org.tandem.matching.spi;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.MatchingContext;
import org.tandem.matching.MenteeView;
import org.tandem.matching.MentorView;

/**
 * A vendor's rule deciding whether a pair is allowed at all, on top of the built-in ones (consent, form,
 * organization or network agreement, self-mentoring, the policy's experience and training, the curator's
 * exclusions). A blocked pair is never proposed, and an unmatched mentee's explanation names the rule.
 *
 * <p>Contract: stateless and thread-safe; {@link #allows} depends only on its arguments and is called for every
 * pair that passed the built-in rules, so it should not allocate; {@link #whyBlocked} is called only for pairs it
 * blocks, to explain them. Pinned pairs are kept whatever the rules say.
 */
public interface HardRule {

    /** A stable id, unique among the rules of a problem. */
    String id();

    boolean allows(MentorView mentor, MenteeView mentee, MatchingContext context);

    /** Why the rule blocks the pair, in words a curator reads. */
    LocalizedText whyBlocked(MentorView mentor, MenteeView mentee, MatchingContext context);
}
