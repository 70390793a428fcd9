package org.tandem.matching.criteria;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.CriterionResult;
import org.tandem.matching.MatchingContext;
import org.tandem.matching.MenteeView;
import org.tandem.matching.MentorView;
import org.tandem.matching.spi.Criterion;

/**
 * The ranked choices of the questionnaire after the group meeting. Each side that named preferences gives
 * {@code (k - r) / k} for naming the other at position {@code r} (0 first) of {@code k}, and 0 for not naming
 * him; the value is the mean over the sides that named anyone, 0 when neither did.
 */
public final class RankedPreference implements Criterion {

    public static final String ID = "preferences";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("взаимные предпочтения", "ranked preferences");
    }

    @Override
    public double defaultWeight() {
        return 2;
    }

    @Override
    public double score(MentorView mentor, MenteeView mentee, MatchingContext context) {
        int menteeLength = context.menteeListLength(mentee);
        int mentorLength = context.mentorListLength(mentor);
        int sides = (menteeLength > 0 ? 1 : 0) + (mentorLength > 0 ? 1 : 0);
        if (sides == 0) {
            return 0;
        }
        return (side(context.menteeRankOf(mentee, mentor), menteeLength)
                + side(context.mentorRankOf(mentor, mentee), mentorLength)) / sides;
    }

    private static double side(int rank, int length) {
        return rank < 0 ? 0 : (double) (length - rank) / length;
    }

    @Override
    public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
        int menteeLength = context.menteeListLength(mentee);
        int mentorLength = context.mentorListLength(mentor);
        if (menteeLength == 0 && mentorLength == 0) {
            return CriterionResult.of(0, "предпочтений не названо", "no preferences given");
        }
        StringBuilder ru = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (menteeLength > 0) {
            int rank = context.menteeRankOf(mentee, mentor);
            ru.append(rank < 0 ? "наставляемый не назвал этого наставника"
                    : "наставляемый назвал наставника " + (rank + 1) + "-м из " + menteeLength);
            en.append(rank < 0 ? "the mentee did not name this mentor"
                    : "the mentee's choice " + (rank + 1) + " of " + menteeLength);
        }
        if (mentorLength > 0) {
            int rank = context.mentorRankOf(mentor, mentee);
            if (!ru.isEmpty()) {
                ru.append("; ");
                en.append("; ");
            }
            ru.append(rank < 0 ? "наставник не назвал этого наставляемого"
                    : "наставник назвал наставляемого " + (rank + 1) + "-м из " + mentorLength);
            en.append(rank < 0 ? "the mentor did not name this mentee"
                    : "the mentor's choice " + (rank + 1) + " of " + mentorLength);
        }
        return CriterionResult.of(score(mentor, mentee, context), ru.toString(), en.toString());
    }
}
