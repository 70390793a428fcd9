package org.tandem.portal.internal.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.tandem.core.people.Person;
import org.tandem.core.program.MentoringForm;
import org.tandem.core.questionnaire.QuestionnaireField;
import org.tandem.core.questionnaire.QuestionnaireSide;
import org.tandem.portal.PluginInfo;
import org.tandem.portal.spi.ActingUser;

/**
 * {@code /health}, {@code /strategies}, {@code /criteria}, {@code /hard-rules}, {@code /roadmap-rules}, {@code /me} and
 * {@code /catalog}.
 */
final class MetaResource implements Resource {

    /** The forms of the target model a program may take. */
    static final List<MentoringForm> FORMS = List.of(MentoringForm.TEACHER_TEACHER, MentoringForm.HEAD_TEACHER,
            MentoringForm.PUPIL_PUPIL, MentoringForm.STUDENT_PUPIL, MentoringForm.EMPLOYER_PUPIL,
            MentoringForm.EMPLOYER_STUDENT);

    private final Api api;

    MetaResource(Api api) {
        this.api = api;
    }

    @Override
    public void routes(Router router) {
        router.get("/health", exchange -> Reply.ok(health()))
                .get("/strategies", exchange -> Reply.ok(plugins("strategies", api.tandem.strategies(),
                        exchange.locale())))
                .get("/criteria", exchange -> Reply.ok(criteria(exchange.locale())))
                .get("/hard-rules", exchange -> Reply.ok(plugins("hardRules", api.tandem.hardRules(),
                        exchange.locale())))
                .get("/roadmap-rules", exchange -> Reply.ok(plugins("roadmapRules", api.tandem.roadmapRules(),
                        exchange.locale())))
                .get("/me", this::me)
                .get("/catalog", this::catalog);
    }

    private Map<String, Object> health() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("version", api.tandem.version());
        body.put("locale", api.tandem.locale().getLanguage());
        body.put("strategies", api.tandem.strategies().stream().map(PluginInfo::id).toList());
        return body;
    }

    record PluginView(String id, String name, boolean builtIn, int ranking, String bundle) {
    }

    private static Map<String, Object> plugins(String kind, List<PluginInfo> plugins, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locale", locale.getLanguage());
        body.put(kind, plugins.stream().map(info -> new PluginView(info.id(), info.name().in(locale), info.builtIn(),
                info.ranking(), info.bundle())).toList());
        return body;
    }

    record CriterionView(String id, String name, boolean builtIn, int ranking, String bundle, double defaultWeight) {
    }

    /** The criteria in effect, each with the weight a run uses when the request sets none. */
    private Map<String, Object> criteria(Locale locale) {
        Map<String, Double> defaults = new LinkedHashMap<>();
        api.tandem.matchingPlugins().criteria().forEach(c -> defaults.put(c.id(), c.defaultWeight()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locale", locale.getLanguage());
        // a vendor's criterion that came or went between the two reads is left out until the next request
        body.put("criteria", api.tandem.criteria().stream().filter(info -> defaults.containsKey(info.id()))
                .map(info -> new CriterionView(info.id(), info.name().in(locale), info.builtIn(), info.ranking(),
                        info.bundle(), defaults.get(info.id()))).toList());
        return body;
    }

    record MeView(String person, String name, boolean administrator, boolean known, List<Views.RoleView> roles) {
    }

    private Reply me(Exchange exchange) {
        ActingUser user = exchange.user();
        Optional<Person> person = api.tandem.people().find(user.person());
        return Reply.ok(new MeView(user.person().value(), person.map(Person::fullName).orElse(user.displayName()),
                user.administrator(), person.isPresent(),
                person.map(p -> p.roles().stream().map(Views.RoleView::of)
                        .sorted(Comparator.comparing(Views.RoleView::organization)
                                .thenComparing(Views.RoleView::role)).toList()).orElse(List.of())));
    }

    record FormInfo(String code, String name, List<String> mentorCategories, List<String> menteeCategories) {
    }

    record FieldInfo(String field, String label, List<String> requiredFor) {
    }

    private Reply catalog(Exchange exchange) {
        exchange.user();
        Locale locale = exchange.locale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("competencies", UseCases.CATALOG.entries().stream().map(Views.CompetencyView::of).toList());
        body.put("forms", FORMS.stream().map(form -> new FormInfo(form.code(), form.name().in(locale),
                Views.names(form.mentorCategories()), Views.names(form.menteeCategories()))).toList());
        List<FieldInfo> fields = new ArrayList<>();
        for (QuestionnaireField field : QuestionnaireField.values()) {
            List<String> sides = new ArrayList<>();
            for (QuestionnaireSide side : QuestionnaireSide.values()) {
                if (QuestionnaireField.requiredFor(side).contains(field)) {
                    sides.add(side.name());
                }
            }
            fields.add(new FieldInfo(field.name(), field.label().in(locale), sides));
        }
        body.put("fields", fields);
        return Reply.ok(body);
    }

    static Optional<MentoringForm> form(String code) {
        return FORMS.stream().filter(form -> form.code().equals(code)).findFirst();
    }
}
