package org.tandem.core.roadmap.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.tandem.core.roadmap.TargetModelStage;
import org.tandem.core.roadmap.deadline.Deadline;

/**
 * The JSON shape of a roadmap, version {@value RoadmapJson#VERSION}. Kept apart from the domain records so that
 * the domain carries no Jackson annotations and the file format changes only on purpose. Every field is
 * nullable here; {@link FromDto} decides what is required and says where something is missing.
 */
final class Dto {

    private Dto() {
    }

    @JsonPropertyOrder({"format", "version", "organization", "level", "title", "period", "sections"})
    record RoadmapDoc(String format, Integer version, String organization, String level, String title,
                      PeriodDoc period, List<SectionDoc> sections) {
    }

    record PeriodDoc(LocalDate start, LocalDate end) {
    }

    @JsonPropertyOrder({"number", "title", "stage", "activities"})
    record SectionDoc(String number, String title, TargetModelStage stage, List<ActivityDoc> activities) {
    }

    @JsonPropertyOrder({"number", "numberAssigned", "title", "content", "deadlineText", "deadline", "expectedResult",
            "controlResult", "documentType", "indicator", "responsible", "stage", "sourceLine"})
    record ActivityDoc(String number, Boolean numberAssigned, String title, String content, String deadlineText,
                       DeadlineParseDoc deadline, String expectedResult, String controlResult, String documentType,
                       String indicator, List<PartyDoc> responsible, TargetModelStage stage, Integer sourceLine) {
    }

    /**
     * A responsible party. Version 2 writes {@code {"level": "MUNICIPAL", "kind": "ROLE", "name": "..."}};
     * version 1 wrote the name alone, as a string, which is read with {@code plain} set and no level or kind.
     */
    @JsonPropertyOrder({"level", "kind", "name"})
    @JsonDeserialize(using = PartyDocDeserializer.class)
    record PartyDoc(String level, String kind, String name, @JsonIgnore boolean plain) {
    }

    /** Reads a {@link PartyDoc} from a string (version 1) or an object (version 2); refuses unknown fields. */
    static final class PartyDocDeserializer extends StdDeserializer<PartyDoc> {

        private static final long serialVersionUID = 1L;

        PartyDocDeserializer() {
            super(PartyDoc.class);
        }

        @Override
        public PartyDoc deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return new PartyDoc(null, null, p.getText(), true);
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (PartyDoc) ctxt.reportInputMismatch(this,
                        "a responsible party is an object with \"level\", \"kind\" and \"name\" (or, in version 1, a string)");
            }
            String level = null;
            String kind = null;
            String name = null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("level") && !field.equals("kind") && !field.equals("name")) {
                    ctxt.handleUnknownProperty(p, this, PartyDoc.class, field);
                    continue;
                }
                String text = null;
                if (value == JsonToken.VALUE_STRING) {
                    text = p.getText();
                } else if (value != JsonToken.VALUE_NULL) {
                    ctxt.reportInputMismatch(this, "\"" + field + "\" of a responsible party must be a string");
                }
                switch (field) {
                    case "level" -> level = text;
                    case "kind" -> kind = text;
                    default -> name = text;
                }
            }
            return new PartyDoc(level, kind, name, false);
        }
    }

    /** Exactly one of the two: the deadline as understood, or why it was not. The text is the activity's. */
    record DeadlineParseDoc(DeadlineDoc parsed, TextDoc unparsed) {
    }

    record TextDoc(String ru, String en) {
    }

    record MonthRefDoc(Month month, Integer year) {
    }

    record MonthSpanDoc(Month first, Month last) {
    }

    record YearRangeDoc(Integer first, Integer last) {
    }

    /** One record per {@link Deadline} kind, told apart by {@code "kind"}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = InMonthDoc.class, name = "in-month"),
            @JsonSubTypes.Type(value = MonthRangeDoc.class, name = "month-range"),
            @JsonSubTypes.Type(value = MonthListDoc.class, name = "month-list"),
            @JsonSubTypes.Type(value = DayOfMonthLimitDoc.class, name = "day-of-month-limit"),
            @JsonSubTypes.Type(value = AnnuallyDoc.class, name = "annually"),
            @JsonSubTypes.Type(value = InCalendarYearDoc.class, name = "calendar-year"),
            @JsonSubTypes.Type(value = AcademicYearSpanDoc.class, name = "academic-years"),
            @JsonSubTypes.Type(value = InQuarterDoc.class, name = "quarter"),
            @JsonSubTypes.Type(value = ContinuousDoc.class, name = "continuous"),
            @JsonSubTypes.Type(value = StartThenOngoingDoc.class, name = "start-then-ongoing"),
            @JsonSubTypes.Type(value = AfterAcademicYearDoc.class, name = "after-academic-year"),
            @JsonSubTypes.Type(value = RecurringDoc.class, name = "recurring"),
            @JsonSubTypes.Type(value = OnDemandDoc.class, name = "on-demand")})
    sealed interface DeadlineDoc {
    }

    record InMonthDoc(MonthRefDoc month) implements DeadlineDoc {
    }

    record MonthRangeDoc(MonthRefDoc from, MonthRefDoc to) implements DeadlineDoc {
    }

    record MonthListDoc(List<MonthRefDoc> months) implements DeadlineDoc {
    }

    record DayOfMonthLimitDoc(Integer day, List<MonthRefDoc> months) implements DeadlineDoc {
    }

    record AnnuallyDoc(List<MonthSpanDoc> months, YearRangeDoc years) implements DeadlineDoc {
    }

    record InCalendarYearDoc(Integer year) implements DeadlineDoc {
    }

    record AcademicYearSpanDoc(Integer firstYear, Integer lastYear) implements DeadlineDoc {
    }

    record InQuarterDoc(Integer quarter, Integer year) implements DeadlineDoc {
    }

    record ContinuousDoc(Deadline.Scope scope) implements DeadlineDoc {
    }

    record StartThenOngoingDoc(MonthRefDoc start) implements DeadlineDoc {
    }

    record AfterAcademicYearDoc() implements DeadlineDoc {
    }

    record RecurringDoc(Deadline.Frequency frequency) implements DeadlineDoc {
    }

    record OnDemandDoc() implements DeadlineDoc {
    }
}
