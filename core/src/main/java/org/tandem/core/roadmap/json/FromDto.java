package org.tandem.core.roadmap.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.PartyKind;
import org.tandem.core.roadmap.ResponsibleLevel;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapSection;
import org.tandem.core.roadmap.deadline.Deadline;
import org.tandem.core.roadmap.deadline.DeadlineParse;
import org.tandem.core.roadmap.deadline.MonthRef;
import org.tandem.core.roadmap.deadline.MonthSpan;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;
import org.tandem.core.roadmap.json.Dto.*;
import org.tandem.core.shared.LocalizedText;

/**
 * JSON shape to domain. Required fields are checked here, with their path; the domain constructors then check
 * the rest (a range that runs backwards, a day 31 in February), and their message is reported at the path of
 * the object they refused.
 *
 * <p>Text columns an importer may leave empty (content, results, document type, indicator) default to "" and
 * {@code responsible} to none when absent, so that a hand-written document need not list them. Versions 1 and 2
 * are read; they differ only in how a responsible party is written ({@link #party}).
 */
final class FromDto {

    private FromDto() {
    }

    static Roadmap roadmap(RoadmapDoc doc) {
        if (doc == null) {
            throw new RoadmapJsonException("", "the document is empty (null)");
        }
        if (!RoadmapJson.FORMAT.equals(doc.format())) {
            throw new RoadmapJsonException("format", "expected \"" + RoadmapJson.FORMAT + "\" but found "
                    + (doc.format() == null ? "nothing" : "\"" + doc.format() + "\""));
        }
        if (doc.version() == null || doc.version() < RoadmapJson.OLDEST_READABLE_VERSION
                || doc.version() > RoadmapJson.VERSION) {
            throw new RoadmapJsonException("version", "this library reads versions " + RoadmapJson.OLDEST_READABLE_VERSION
                    + " to " + RoadmapJson.VERSION + ", the document has " + (doc.version() == null ? "none" : doc.version()));
        }
        int version = doc.version();
        Optional<OrganizationLevel> level = Optional.ofNullable(doc.level()).map(name -> enumValue(
                OrganizationLevel.class, name, "level"));
        Optional<RoadmapPeriod> period = Optional.ofNullable(doc.period())
                .map(p -> build("period", () -> new RoadmapPeriod(required(p.start(), "period.start"),
                        required(p.end(), "period.end"))));
        List<SectionDoc> sectionDocs = required(doc.sections(), "sections");
        List<RoadmapSection> sections = new ArrayList<>();
        for (int i = 0; i < sectionDocs.size(); i++) {
            sections.add(section(required(sectionDocs.get(i), "sections[" + i + "]"), "sections[" + i + "]", version));
        }
        return build("", () -> new Roadmap(Optional.ofNullable(doc.organization()), level,
                required(doc.title(), "title"), period, sections));
    }

    private static RoadmapSection section(SectionDoc doc, String path, int version) {
        List<ActivityDoc> activityDocs = required(doc.activities(), path + ".activities");
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < activityDocs.size(); i++) {
            String at = path + ".activities[" + i + "]";
            activities.add(activity(required(activityDocs.get(i), at), at, version));
        }
        return build(path, () -> new RoadmapSection(orEmpty(doc.number()), required(doc.title(), path + ".title"),
                Optional.ofNullable(doc.stage()), activities));
    }

    private static Activity activity(ActivityDoc doc, String path, int version) {
        String deadlineText = orEmpty(doc.deadlineText());
        Optional<DeadlineParse> deadline = Optional.ofNullable(doc.deadline())
                .map(d -> deadlineParse(d, deadlineText, path + ".deadline"));
        List<PartyDoc> partyDocs = doc.responsible() == null ? List.of() : doc.responsible();
        List<ResponsibleParty> responsible = new ArrayList<>();
        for (int i = 0; i < partyDocs.size(); i++) {
            String at = path + ".responsible[" + i + "]";
            responsible.add(party(required(partyDocs.get(i), at), at, version));
        }
        return build(path, () -> new Activity(required(doc.number(), path + ".number"),
                doc.numberAssigned() != null && doc.numberAssigned(), required(doc.title(), path + ".title"),
                orEmpty(doc.content()), deadlineText, deadline, orEmpty(doc.expectedResult()),
                orEmpty(doc.controlResult()), orEmpty(doc.documentType()), orEmpty(doc.indicator()), responsible,
                Optional.ofNullable(doc.stage()), doc.sourceLine() == null ? 0 : doc.sourceLine()));
    }

    /**
     * Version 1 gives a party by its name only: it is read as the importer reads a single responsible column
     * ({@link ResponsibleParty#named}: level {@code UNSPECIFIED} unless the name tells it, kind classified).
     * Version 2 gives level, kind and name, all required.
     */
    private static ResponsibleParty party(PartyDoc doc, String path, int version) {
        if (version == 1) {
            if (!doc.plain()) {
                throw new RoadmapJsonException(path, "version 1 gives a responsible party as a string, its name");
            }
            return build(path, () -> ResponsibleParty.named(doc.name()));
        }
        if (doc.plain()) {
            throw new RoadmapJsonException(path, "from version 2 a responsible party is an object with \"level\", "
                    + "\"kind\" and \"name\", not a string");
        }
        ResponsibleLevel level = enumValue(ResponsibleLevel.class, required(doc.level(), path + ".level"), path + ".level");
        PartyKind kind = enumValue(PartyKind.class, required(doc.kind(), path + ".kind"), path + ".kind");
        String name = required(doc.name(), path + ".name");
        return build(path, () -> new ResponsibleParty(level, kind, name));
    }

    private static DeadlineParse deadlineParse(DeadlineParseDoc doc, String text, String path) {
        if ((doc.parsed() == null) == (doc.unparsed() == null)) {
            throw new RoadmapJsonException(path, "give exactly one of \"parsed\" and \"unparsed\"");
        }
        if (doc.parsed() != null) {
            Deadline value = deadline(doc.parsed(), path + ".parsed");
            return build(path, () -> new DeadlineParse.Parsed(text, value));
        }
        TextDoc reason = doc.unparsed();
        return build(path + ".unparsed", () -> new DeadlineParse.Unparsed(text,
                LocalizedText.of(required(reason.ru(), path + ".unparsed.ru"), required(reason.en(), path + ".unparsed.en"))));
    }

    static Deadline deadline(DeadlineDoc doc, String path) {
        return build(path, () -> {
            if (doc instanceof InMonthDoc x) {
                return new Deadline.InMonth(month(x.month(), path + ".month"));
            } else if (doc instanceof MonthRangeDoc x) {
                return new Deadline.MonthRange(month(x.from(), path + ".from"), month(x.to(), path + ".to"));
            } else if (doc instanceof MonthListDoc x) {
                return new Deadline.MonthList(months(x.months(), path + ".months"));
            } else if (doc instanceof DayOfMonthLimitDoc x) {
                return new Deadline.DayOfMonthLimit(required(x.day(), path + ".day"), months(x.months(), path + ".months"));
            } else if (doc instanceof AnnuallyDoc x) {
                List<MonthSpanDoc> spans = x.months() == null ? List.of() : x.months();
                List<MonthSpan> months = new ArrayList<>();
                for (int i = 0; i < spans.size(); i++) {
                    String at = path + ".months[" + i + "]";
                    MonthSpanDoc span = required(spans.get(i), at);
                    months.add(MonthSpan.of(required(span.first(), at + ".first"), required(span.last(), at + ".last")));
                }
                Optional<Deadline.YearRange> years = Optional.ofNullable(x.years()).map(y -> build(path + ".years",
                        () -> new Deadline.YearRange(required(y.first(), path + ".years.first"),
                                required(y.last(), path + ".years.last"))));
                return new Deadline.Annually(months, years);
            } else if (doc instanceof InCalendarYearDoc x) {
                return new Deadline.InCalendarYear(required(x.year(), path + ".year"));
            } else if (doc instanceof AcademicYearSpanDoc x) {
                return new Deadline.AcademicYearSpan(required(x.firstYear(), path + ".firstYear"),
                        required(x.lastYear(), path + ".lastYear"));
            } else if (doc instanceof InQuarterDoc x) {
                return new Deadline.InQuarter(required(x.quarter(), path + ".quarter"), optionalInt(x.year()));
            } else if (doc instanceof ContinuousDoc x) {
                return new Deadline.Continuous(required(x.scope(), path + ".scope"));
            } else if (doc instanceof StartThenOngoingDoc x) {
                return new Deadline.StartThenOngoing(month(x.start(), path + ".start"));
            } else if (doc instanceof AfterAcademicYearDoc) {
                return new Deadline.AfterAcademicYear();
            } else if (doc instanceof RecurringDoc x) {
                return new Deadline.Recurring(required(x.frequency(), path + ".frequency"));
            } else if (doc instanceof OnDemandDoc) {
                return new Deadline.OnDemand();
            }
            throw new RoadmapJsonException(path, "a deadline needs a \"kind\"");
        });
    }

    private static List<MonthRef> months(List<MonthRefDoc> docs, String path) {
        List<MonthRefDoc> list = required(docs, path);
        List<MonthRef> months = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            months.add(month(list.get(i), path + "[" + i + "]"));
        }
        return months;
    }

    private static MonthRef month(MonthRefDoc doc, String path) {
        MonthRefDoc m = required(doc, path);
        return new MonthRef(required(m.month(), path + ".month"), optionalInt(m.year()));
    }

    private static OptionalInt optionalInt(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <T> T required(T value, String path) {
        if (value == null) {
            throw new RoadmapJsonException(path, "required but missing or null");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String path) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new RoadmapJsonException(path, "\"" + name + "\" is not one of "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }

    /** Runs a domain constructor and reports its refusal at {@code path}; keeps the innermost path. */
    private static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (RoadmapJsonException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RoadmapJsonException(path, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }
}
