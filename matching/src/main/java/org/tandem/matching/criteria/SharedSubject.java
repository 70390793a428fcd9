package org.tandem.matching.criteria;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.CriterionResult;
import org.tandem.matching.MatchingContext;
import org.tandem.matching.MenteeView;
import org.tandem.matching.MentorView;
import org.tandem.matching.spi.Criterion;

/** 1 when mentor and mentee share a subject (compared case-insensitively), else 0. */
public final class SharedSubject implements Criterion {

    public static final String ID = "subject";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("общий предмет", "shared subject");
    }

    @Override
    public double defaultWeight() {
        return 2;
    }

    @Override
    public double score(MentorView mentor, MenteeView mentee, MatchingContext context) {
        return mentor.subjects().intersects(mentee.subjects()) ? 1 : 0;
    }

    @Override
    public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
        Set<String> mentorSubjects = new TreeSet<>();
        mentor.profile().subjects().forEach(s -> mentorSubjects.add(s.strip().toLowerCase(Locale.ROOT)));
        Set<String> shared = new TreeSet<>();
        mentee.profile().subjects().forEach(s -> {
            if (mentorSubjects.contains(s.strip().toLowerCase(Locale.ROOT))) {
                shared.add(s.strip());
            }
        });
        if (shared.isEmpty()) {
            return CriterionResult.of(0, "нет общего предмета", "no shared subject");
        }
        String list = String.join(", ", shared);
        return CriterionResult.of(1, "тот же предмет: " + list, "same subject: " + list);
    }
}
