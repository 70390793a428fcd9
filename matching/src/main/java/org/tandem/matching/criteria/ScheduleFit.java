package org.tandem.matching.criteria;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.CriterionResult;
import org.tandem.matching.MatchingContext;
import org.tandem.matching.MenteeView;
import org.tandem.matching.MentorView;
import org.tandem.matching.spi.Criterion;

/** The share of the mentee's meeting days the mentor can meet too; 0 when the mentee named no days. */
public final class ScheduleFit implements Criterion {

    public static final String ID = "schedule";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("расписание", "schedule");
    }

    @Override
    public double score(MentorView mentor, MenteeView mentee, MatchingContext context) {
        int days = Integer.bitCount(mentee.dayMask());
        return days == 0 ? 0 : (double) Integer.bitCount(mentee.dayMask() & mentor.dayMask()) / days;
    }

    @Override
    public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
        int common = mentee.dayMask() & mentor.dayMask();
        if (common == 0) {
            return CriterionResult.of(0, "нет общих дней для встреч", "no common meeting days");
        }
        List<String> ru = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((common & (1 << day.ordinal())) != 0) {
                ru.add(day.getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN).toLowerCase(RUSSIAN));
                en.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
        }
        int count = ru.size();
        return CriterionResult.of(score(mentor, mentee, context),
                "общих дней для встреч: " + count + " (" + String.join(", ", ru) + ")",
                count + (count == 1 ? " common meeting day (" : " common meeting days (") + String.join(", ", en) + ")");
    }
}
