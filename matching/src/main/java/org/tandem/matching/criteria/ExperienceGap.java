package org.tandem.matching.criteria;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.CriterionResult;
import org.tandem.matching.MatchingContext;
import org.tandem.matching.MenteeView;
import org.tandem.matching.MentorView;
import org.tandem.matching.spi.Criterion;

/**
 * How much more experience the mentor has than the mentee has teaching: linear from 0 (no more) to 1 at
 * {@value #FULL_GAP_YEARS} years or more.
 */
public final class ExperienceGap implements Criterion {

    public static final String ID = "experience";
    public static final int FULL_GAP_YEARS = 10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("разница в стаже", "experience gap");
    }

    @Override
    public double score(MentorView mentor, MenteeView mentee, MatchingContext context) {
        int gap = mentor.experienceYears() - mentee.teachingYears();
        return gap <= 0 ? 0 : Math.min(1, gap / (double) FULL_GAP_YEARS);
    }

    @Override
    public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
        int gap = mentor.experienceYears() - mentee.teachingYears();
        double value = score(mentor, mentee, context);
        if (gap <= 0) {
            return CriterionResult.of(value, "у наставника не больше стажа, чем у наставляемого",
                    "the mentor has no more experience than the mentee");
        }
        return CriterionResult.of(value, "стаж наставника на " + gap + " " + years(gap) + " больше",
                "the mentor has " + gap + (gap == 1 ? " year" : " years") + " more experience");
    }

    static String years(int n) {
        int mod100 = n % 100;
        int mod10 = n % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return "лет";
        }
        return mod10 == 1 ? "год" : mod10 >= 2 && mod10 <= 4 ? "года" : "лет";
    }
}
