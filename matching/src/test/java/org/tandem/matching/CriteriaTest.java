package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tandem.matching.Hand.id;
import static org.tandem.matching.Hand.mentee;
import static org.tandem.matching.Hand.mentor;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tandem.core.people.MeetingFormat;
import org.tandem.matching.criteria.DeficitCoverage;
import org.tandem.matching.criteria.ExperienceGap;
import org.tandem.matching.criteria.FormatFit;
import org.tandem.matching.criteria.RankedPreference;
import org.tandem.matching.criteria.ScheduleFit;
import org.tandem.matching.criteria.SharedSubject;
import org.tandem.matching.spi.Criterion;

class CriteriaTest {

    private static CriterionResult evaluate(Criterion criterion, Hand.Mentor mentor, Hand.Mentee mentee) {
        return evaluate(criterion, mentor, mentee, MatchingSettings.defaults());
    }

    private static CriterionResult evaluate(Criterion criterion, Hand.Mentor mentor, Hand.Mentee mentee,
                                            MatchingSettings settings) {
        MatchingProblem problem = Hand.problem().mentor(mentor.person(), 0).mentee(mentee.person())
                .mentor(Hand.mentor("m2").person(), 0).settings(settings).build();
        CriterionResult result = criterion.evaluate(problem.mentor(0), problem.mentee(0), problem.context());
        assertThat(criterion.score(problem.mentor(0), problem.mentee(0), problem.context()))
                .as("score equals evaluate().value()").isEqualTo(result.value());
        return result;
    }

    @Test
    void deficitCoverageCountsTheMenteesDeficitsTheMentorCovers() {
        CriterionResult result = evaluate(new DeficitCoverage(),
                mentor("m").competencies("lesson-planning", "assessment", "parents", "digital-tools"),
                mentee("e").deficits("lesson-planning", "assessment", "parents", "documentation"));
        assertThat(result.value()).isEqualTo(0.75);
        assertThat(result.explanation().en()).startsWith("covers 3 of 4 deficits: ");
        assertThat(result.explanation().ru()).startsWith("закрывает 3 из 4 дефицитов: ")
                .contains("взаимодействие с родителями");
    }

    @Test
    void deficitCoverageIsZeroWithoutDeficitsAndSaysSo() {
        CriterionResult result = evaluate(new DeficitCoverage(), mentor("m"), mentee("e").deficits());
        assertThat(result.value()).isZero();
        assertThat(result.explanation().en()).isEqualTo("the mentee named no deficits");
        assertThat(result.explanation().ru()).isEqualTo("наставляемый не назвал дефицитов");
        assertThat(evaluate(new DeficitCoverage(), mentor("m").competencies("parents"), mentee("e").deficits("assessment"))
                .explanation().ru()).isEqualTo("закрывает 0 из 1 дефицита");
    }

    @Test
    void sharedSubjectNamesTheSubjectIgnoringCase() {
        CriterionResult result = evaluate(new SharedSubject(), mentor("m").subjects("Математика", "физика"),
                mentee("e").subjects("математика"));
        assertThat(result.value()).isEqualTo(1);
        assertThat(result.explanation().en()).isEqualTo("same subject: математика");
        assertThat(result.explanation().ru()).isEqualTo("тот же предмет: математика");

        CriterionResult none = evaluate(new SharedSubject(), mentor("m").subjects("физика"), mentee("e"));
        assertThat(none.value()).isZero();
        assertThat(none.explanation().en()).isEqualTo("no shared subject");
        assertThat(none.explanation().ru()).isEqualTo("нет общего предмета");
    }

    @Test
    void experienceGapGrowsToOneAtTenYears() {
        CriterionResult big = evaluate(new ExperienceGap(), mentor("m"), mentee("e"));
        assertThat(big.value()).isEqualTo(1);
        assertThat(big.explanation().en()).isEqualTo("the mentor has 19 years more experience");
        assertThat(big.explanation().ru()).isEqualTo("стаж наставника на 19 лет больше");

        CriterionResult small = evaluate(new ExperienceGap(), mentor("m").careerStart(LocalDate.of(2019, 9, 1)),
                mentee("e").teachingStart(LocalDate.of(2022, 9, 1)));
        assertThat(small.value()).isCloseTo(0.3, within(1e-12));
        assertThat(small.explanation().ru()).isEqualTo("стаж наставника на 3 года больше");

        CriterionResult none = evaluate(new ExperienceGap(), mentor("m").careerStart(LocalDate.of(2022, 9, 1)),
                mentee("e").teachingStart(LocalDate.of(2021, 9, 1)));
        assertThat(none.value()).isZero();
        assertThat(none.explanation().en()).isEqualTo("the mentor has no more experience than the mentee");
    }

    @Test
    void formatFitPrefersTheSameFormatAndAcceptsMixedHalfway() {
        CriterionResult same = evaluate(new FormatFit(), mentor("m"), mentee("e"));
        assertThat(same.value()).isEqualTo(1);
        assertThat(same.explanation().en()).isEqualTo("both prefer in-person meetings");
        assertThat(same.explanation().ru()).isEqualTo("оба предпочитают очные встречи");

        CriterionResult mixed = evaluate(new FormatFit(), mentor("m").format(MeetingFormat.MIXED),
                mentee("e").format(MeetingFormat.REMOTE));
        assertThat(mixed.value()).isEqualTo(0.5);
        assertThat(mixed.explanation().en()).isEqualTo("formats fit: a mixed format and remote meetings");

        CriterionResult differ = evaluate(new FormatFit(), mentor("m").format(MeetingFormat.REMOTE), mentee("e"));
        assertThat(differ.value()).isZero();
        assertThat(differ.explanation().ru()).isEqualTo("форматы не совпадают: дистанционные встречи и очные встречи");
    }

    @Test
    void scheduleFitIsTheShareOfTheMenteesDaysTheMentorCanMeet() {
        CriterionResult all = evaluate(new ScheduleFit(),
                mentor("m").days(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                mentee("e").days(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY));
        assertThat(all.value()).isEqualTo(1);
        assertThat(all.explanation().en()).isEqualTo("2 common meeting days (Monday, Wednesday)");
        assertThat(all.explanation().ru()).isEqualTo("общих дней для встреч: 2 (понедельник, среда)");

        CriterionResult half = evaluate(new ScheduleFit(), mentor("m"), mentee("e").days(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
        assertThat(half.value()).isEqualTo(0.5);

        CriterionResult none = evaluate(new ScheduleFit(), mentor("m").days(DayOfWeek.FRIDAY), mentee("e"));
        assertThat(none.value()).isZero();
        assertThat(none.explanation().en()).isEqualTo("no common meeting days");
    }

    @Test
    void rankedPreferenceAveragesTheSidesThatNamedSomeone() {
        RankedPreferences menteeOnly = RankedPreferences.none().withMentee(id("e"), id("m2"), id("m"));
        CriterionResult second = evaluate(new RankedPreference(), mentor("m"), mentee("e"),
                MatchingSettings.defaults().withPreferences(menteeOnly));
        assertThat(second.value()).isEqualTo(0.5);
        assertThat(second.explanation().en()).isEqualTo("the mentee's choice 2 of 2");
        assertThat(second.explanation().ru()).isEqualTo("наставляемый назвал наставника 2-м из 2");

        CriterionResult both = evaluate(new RankedPreference(), mentor("m"), mentee("e"),
                MatchingSettings.defaults().withPreferences(menteeOnly.withMentor(id("m"), id("e"))));
        assertThat(both.value()).isEqualTo(0.75);
        assertThat(both.explanation().en()).isEqualTo("the mentee's choice 2 of 2; the mentor's choice 1 of 1");

        CriterionResult none = evaluate(new RankedPreference(), mentor("m"), mentee("e"));
        assertThat(none.value()).isZero();
        assertThat(none.explanation().en()).isEqualTo("no preferences given");
    }
}
