package org.tandem.matching.criteria;

import java.util.List;

import org.tandem.matching.spi.Criterion;

/** The criteria every problem has unless the caller chooses others, with their default weights. */
public final class BuiltInCriteria {

    private BuiltInCriteria() {
    }

    /** Deficits (3), subject (2), experience (1), format (1), schedule (1), preferences (2). */
    public static List<Criterion> all() {
        return List.of(new DeficitCoverage(), new SharedSubject(), new ExperienceGap(), new FormatFit(),
                new ScheduleFit(), new RankedPreference());
    }
}
