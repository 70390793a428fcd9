package org.tandem.portal.vendor;

import java.util.Collections;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.MatchingContext;
import org.tandem.matching.MenteeView;
import org.tandem.matching.MentorView;
import org.tandem.matching.spi.HardRule;

/**
 * A vendor's hard rule, as a vendor's bundle ships it: a mentor must teach at least one of the mentee's subjects
 * (mentees who name none, pupils for instance, are not restricted). The portal's integration test packs this
 * package into a bundle of its own and installs it into the running framework.
 */
@Component(service = HardRule.class, property = "service.ranking:Integer=10")
public final class SharedSubjectRequired implements HardRule {

    public static final String ID = "example.shared-subject-required";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean allows(MentorView mentor, MenteeView mentee, MatchingContext context) {
        Set<String> wanted = mentee.hasProfile() ? mentee.profile().subjects() : Set.of();
        Set<String> taught = mentor.hasProfile() ? mentor.profile().subjects() : Set.of();
        return wanted.isEmpty() || !Collections.disjoint(wanted, taught);
    }

    @Override
    public LocalizedText whyBlocked(MentorView mentor, MenteeView mentee, MatchingContext context) {
        return LocalizedText.of("наставник не ведёт ни одного из предметов наставляемого",
                "the mentor teaches none of the mentee's subjects");
    }
}
