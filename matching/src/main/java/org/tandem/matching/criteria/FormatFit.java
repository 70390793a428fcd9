package org.tandem.matching.criteria;

import org.tandem.core.people.MeetingFormat;
import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.CriterionResult;
import org.tandem.matching.MatchingContext;
import org.tandem.matching.MenteeView;
import org.tandem.matching.MentorView;
import org.tandem.matching.spi.Criterion;

/** 1 for the same preferred meeting format, 0.5 when one side is mixed, 0 when they differ. */
public final class FormatFit implements Criterion {

    public static final String ID = "format";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("формат встреч", "meeting format");
    }

    @Override
    public double score(MentorView mentor, MenteeView mentee, MatchingContext context) {
        MeetingFormat a = mentor.format();
        MeetingFormat b = mentee.format();
        return a == b ? 1 : a.fits(b) ? 0.5 : 0;
    }

    @Override
    public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
        MeetingFormat a = mentor.format();
        MeetingFormat b = mentee.format();
        double value = score(mentor, mentee, context);
        if (a == b) {
            return CriterionResult.of(value, "оба предпочитают " + ru(a), "both prefer " + en(a));
        }
        if (a.fits(b)) {
            return CriterionResult.of(value, "форматы совместимы: " + ru(a) + " и " + ru(b),
                    "formats fit: " + en(a) + " and " + en(b));
        }
        return CriterionResult.of(value, "форматы не совпадают: " + ru(a) + " и " + ru(b),
                "formats differ: " + en(a) + " and " + en(b));
    }

    static String ru(MeetingFormat format) {
        return switch (format) {
            case IN_PERSON -> "очные встречи";
            case REMOTE -> "дистанционные встречи";
            case MIXED -> "смешанный формат";
        };
    }

    static String en(MeetingFormat format) {
        return switch (format) {
            case IN_PERSON -> "in-person meetings";
            case REMOTE -> "remote meetings";
            case MIXED -> "a mixed format";
        };
    }
}
