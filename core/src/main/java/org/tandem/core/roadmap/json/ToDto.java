package org.tandem.core.roadmap.json;

import java.util.OptionalInt;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapSection;
import org.tandem.core.roadmap.deadline.Deadline;
import org.tandem.core.roadmap.deadline.DeadlineParse;
import org.tandem.core.roadmap.deadline.MonthRef;
import org.tandem.core.roadmap.json.Dto.*;

/** Domain to JSON shape; total, because a valid roadmap always has a document. */
final class ToDto {

    private ToDto() {
    }

    static RoadmapDoc roadmap(Roadmap r) {
        return new RoadmapDoc(RoadmapJson.FORMAT, RoadmapJson.VERSION, r.organization().orElse(null),
                r.level().map(Enum::name).orElse(null), r.title(),
                r.period().map(p -> new PeriodDoc(p.start(), p.end())).orElse(null),
                r.sections().stream().map(ToDto::section).toList());
    }

    private static SectionDoc section(RoadmapSection s) {
        return new SectionDoc(s.number(), s.title(), s.stage().orElse(null),
                s.activities().stream().map(ToDto::activity).toList());
    }

    private static ActivityDoc activity(Activity a) {
        return new ActivityDoc(a.number(), a.numberAssigned(), a.title(), a.content(), a.deadlineText(),
                a.deadline().map(ToDto::parse).orElse(null), a.expectedResult(), a.controlResult(), a.documentType(),
                a.indicator(), a.responsible().stream().map(ToDto::party).toList(), a.stage().orElse(null), a.sourceLine());
    }

    private static PartyDoc party(ResponsibleParty p) {
        return new PartyDoc(p.level().name(), p.kind().name(), p.name(), false);
    }

    private static DeadlineParseDoc parse(DeadlineParse p) {
        if (p instanceof DeadlineParse.Parsed parsed) {
            return new DeadlineParseDoc(deadline(parsed.value()), null);
        }
        DeadlineParse.Unparsed unparsed = (DeadlineParse.Unparsed) p;
        return new DeadlineParseDoc(null, new TextDoc(unparsed.reason().ru(), unparsed.reason().en()));
    }

    static DeadlineDoc deadline(Deadline d) {
        if (d instanceof Deadline.InMonth x) {
            return new InMonthDoc(month(x.month()));
        } else if (d instanceof Deadline.MonthRange x) {
            return new MonthRangeDoc(month(x.from()), month(x.to()));
        } else if (d instanceof Deadline.MonthList x) {
            return new MonthListDoc(x.months().stream().map(ToDto::month).toList());
        } else if (d instanceof Deadline.DayOfMonthLimit x) {
            return new DayOfMonthLimitDoc(x.day(), x.months().stream().map(ToDto::month).toList());
        } else if (d instanceof Deadline.Annually x) {
            return new AnnuallyDoc(x.months().stream().map(s -> new MonthSpanDoc(s.first(), s.last())).toList(),
                    x.years().map(y -> new YearRangeDoc(y.first(), y.last())).orElse(null));
        } else if (d instanceof Deadline.InCalendarYear x) {
            return new InCalendarYearDoc(x.year());
        } else if (d instanceof Deadline.AcademicYearSpan x) {
            return new AcademicYearSpanDoc(x.firstYear(), x.lastYear());
        } else if (d instanceof Deadline.InQuarter x) {
            return new InQuarterDoc(x.quarter(), boxed(x.year()));
        } else if (d instanceof Deadline.Continuous x) {
            return new ContinuousDoc(x.scope());
        } else if (d instanceof Deadline.StartThenOngoing x) {
            return new StartThenOngoingDoc(month(x.start()));
        } else if (d instanceof Deadline.AfterAcademicYear) {
            return new AfterAcademicYearDoc();
        } else if (d instanceof Deadline.Recurring x) {
            return new RecurringDoc(x.frequency());
        } else if (d instanceof Deadline.OnDemand) {
            return new OnDemandDoc();
        }
        // Deadline is sealed; a new kind in core must be added here and in FromDto (RoadmapJsonTest covers each).
        throw new IllegalStateException("no JSON form for deadline kind " + d.getClass().getName());
    }

    private static MonthRefDoc month(MonthRef m) {
        return new MonthRefDoc(m.month(), boxed(m.year()));
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
