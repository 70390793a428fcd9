package org.tandem.matching.criteria;

import java.util.Set;
import java.util.TreeSet;

import org.tandem.core.people.Competency;
import org.tandem.core.shared.LocalizedText;
import org.tandem.matching.CriterionResult;
import org.tandem.matching.MatchingContext;
import org.tandem.matching.MenteeView;
import org.tandem.matching.MentorView;
import org.tandem.matching.spi.Criterion;

/**
 * The share of the mentee's deficits the mentor's competencies cover: 3 of 4 gives 0.75; 0 when the mentee named
 * no deficits, since then nothing speaks for one mentor over another.
 */
public final class DeficitCoverage implements Criterion {

    public static final String ID = "deficits";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("дефициты наставляемого", "the mentee's deficits");
    }

    @Override
    public double defaultWeight() {
        return 3;
    }

    @Override
    public double score(MentorView mentor, MenteeView mentee, MatchingContext context) {
        int deficits = mentee.deficits().size();
        return deficits == 0 ? 0 : (double) mentee.deficits().intersectionSize(mentor.competencies()) / deficits;
    }

    @Override
    public CriterionResult evaluate(MentorView mentor, MenteeView mentee, MatchingContext context) {
        Set<Competency> deficits = mentee.profile().deficits();
        if (deficits.isEmpty()) {
            return CriterionResult.of(0, "наставляемый не назвал дефицитов", "the mentee named no deficits");
        }
        Set<String> mentorCodes = new TreeSet<>();
        mentor.profile().competencies().forEach(c -> mentorCodes.add(c.code()));
        Set<String> covered = new TreeSet<>();
        for (Competency deficit : deficits) {
            if (mentorCodes.contains(deficit.code())) {
                covered.add(deficit.name());
            }
        }
        int total = deficits.size();
        String names = covered.isEmpty() ? "" : ": " + String.join(", ", covered);
        return CriterionResult.of(score(mentor, mentee, context),
                "закрывает " + covered.size() + " из " + total + " " + deficitWord(total) + names,
                "covers " + covered.size() + " of " + total + " " + (total == 1 ? "deficit" : "deficits") + names);
    }

    /** «из 1 дефицита», «из 4 дефицитов»: after «из» Russian uses the genitive, singular only for 1, 21, ... */
    static String deficitWord(int count) {
        return count % 10 == 1 && count % 100 != 11 ? "дефицита" : "дефицитов";
    }
}
