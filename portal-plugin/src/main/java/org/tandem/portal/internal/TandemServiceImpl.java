package org.tandem.portal.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.access.RoleBasedAccessPolicy;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PairingRules;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.mentorship.application.ApprovingMentorship;
import org.tandem.core.mentorship.application.ProposingMentorship;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.People;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.program.Programs;
import org.tandem.core.program.application.OpeningProgram;
import org.tandem.core.questionnaire.ColumnMappings;
import org.tandem.core.roadmap.rules.RoadmapRule;
import org.tandem.core.roadmap.rules.RoadmapRules;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.core.shared.DomainEvent;
import org.tandem.core.shared.DomainEvents;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.validation.CommandValidator;
import org.tandem.matching.application.ProposingMatches;
import org.tandem.matching.spi.Criterion;
import org.tandem.matching.spi.HardRule;
import org.tandem.matching.spi.MatchingPlugins;
import org.tandem.matching.spi.MatchingStrategy;
import org.tandem.persistence.jpa.AuditLog;
import org.tandem.persistence.jpa.TandemPersistence;
import org.tandem.portal.PluginInfo;
import org.tandem.portal.TandemService;

/**
 * Wires core's use cases on the stored repositories of {@link TandemStorage} and keeps the plug-ins in effect: the
 * built-in matching strategies, criteria and roadmap rules plus, per id, the {@link MatchingStrategy},
 * {@link Criterion}, {@link HardRule} or {@link RoadmapRule} service with the highest ranking. A service with a
 * built-in's id replaces the built-in when its {@code service.ranking} is above 0 (see {@link PluginServices}).
 */
@Component(service = TandemService.class, immediate = true, configurationPid = TandemService.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = TandemConfiguration.class)
public final class TandemServiceImpl implements TandemService {

    private static final Logger LOG = LoggerFactory.getLogger(TandemServiceImpl.class);
    private static final String MATCHING_BUNDLE = "org.tandem.matching";
    private static final String CORE_BUNDLE = "org.tandem.core";

    private final PluginServices<MatchingStrategy> strategyServices =
            new PluginServices<>("matching strategy", MatchingStrategy::id, MatchingStrategy::name, MATCHING_BUNDLE);
    private final PluginServices<Criterion> criterionServices =
            new PluginServices<>("matching criterion", Criterion::id, Criterion::name, MATCHING_BUNDLE);
    private final PluginServices<HardRule> hardRuleServices =
            new PluginServices<>("matching hard rule", HardRule::id, r -> LocalizedText.of(r.id(), r.id()),
                    MATCHING_BUNDLE);
    private final PluginServices<RoadmapRule> roadmapRuleServices =
            new PluginServices<>("roadmap rule", RoadmapRule::id, r -> LocalizedText.of(r.id(), r.id()), CORE_BUNDLE);

    private final String version;
    private final Clock clock = Clock.systemDefaultZone();
    private final TandemPersistence persistence;
    private final People people;
    private final Organizations organizations;
    private final Programs programs;
    private final Mentorships mentorships;
    private final PersonalizedPrograms personalizedPrograms;
    private final AuditLog events;
    private final Roadmaps roadmaps;
    private final ColumnMappings columnMappings;
    private final CommandContext context;
    private final PairingRules rules;

    private volatile Settings settings;
    private volatile Plugins plugins;

    @Activate
    public TandemServiceImpl(BundleContext bundleContext, TandemConfiguration configuration,
                             @Reference TandemStorage storage) {
        this(bundleContext.getBundle().getVersion().toString(), configuration, storage);
    }

    /**
     * Outside a framework (tests, tools): Tandem on {@code storage}, with the default settings when
     * {@code configuration} is null, and no vendors' plug-ins.
     */
    TandemServiceImpl(String version, TandemConfiguration configuration, TandemStorage storage) {
        this.version = version;
        this.persistence = storage.persistence();
        this.people = persistence.people();
        this.organizations = persistence.organizations();
        this.programs = persistence.programs();
        this.mentorships = persistence.mentorships();
        this.personalizedPrograms = persistence.personalizedPrograms();
        this.events = persistence.auditLog();
        this.roadmaps = storage.roadmaps();
        this.columnMappings = persistence.columnMappings();
        this.context = new CommandContext(clock, new RoleBasedAccessPolicy(people, organizations),
                CommandValidator.create(clock), events);
        this.rules = new PairingRules(people, organizations, mentorships);
        this.settings = configuration == null ? Settings.DEFAULTS : Settings.of(configuration, Settings.DEFAULTS);
        rebuildPlugins();
        LOG.info("Tandem {} started: locale {}, {} strategies", version, settings.locale, plugins.infos.size());
    }

    @Modified
    void modified(TandemConfiguration configuration) {
        settings = Settings.of(configuration, settings);
        LOG.info("Tandem settings changed: locale {}, {} mentees per mentor", settings.locale,
                settings.policy.maxMenteesPerMentor());
    }

    // ---- the vendors' plug-ins: any number, coming and going, a better ranked one taken at once

    @Reference(service = MatchingStrategy.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeStrategy", updated = "addStrategy")
    void addStrategy(MatchingStrategy strategy, ServiceReference<MatchingStrategy> reference) {
        strategyServices.put(reference, strategy);
        rebuildPlugins();
    }

    void removeStrategy(MatchingStrategy strategy, ServiceReference<MatchingStrategy> reference) {
        strategyServices.remove(reference);
        rebuildPlugins();
    }

    @Reference(service = Criterion.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeCriterion", updated = "addCriterion")
    void addCriterion(Criterion criterion, ServiceReference<Criterion> reference) {
        criterionServices.put(reference, criterion);
        rebuildPlugins();
    }

    void removeCriterion(Criterion criterion, ServiceReference<Criterion> reference) {
        criterionServices.remove(reference);
        rebuildPlugins();
    }

    @Reference(service = HardRule.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeHardRule", updated = "addHardRule")
    void addHardRule(HardRule rule, ServiceReference<HardRule> reference) {
        hardRuleServices.put(reference, rule);
        rebuildPlugins();
    }

    void removeHardRule(HardRule rule, ServiceReference<HardRule> reference) {
        hardRuleServices.remove(reference);
        rebuildPlugins();
    }

    @Reference(service = RoadmapRule.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeRoadmapRule", updated = "addRoadmapRule")
    void addRoadmapRule(RoadmapRule rule, ServiceReference<RoadmapRule> reference) {
        roadmapRuleServices.put(reference, rule);
        rebuildPlugins();
    }

    void removeRoadmapRule(RoadmapRule rule, ServiceReference<RoadmapRule> reference) {
        roadmapRuleServices.remove(reference);
        rebuildPlugins();
    }

    private synchronized void rebuildPlugins() {
        MatchingPlugins builtIns = MatchingPlugins.builtIns();
        List<PluginServices.Effective<MatchingStrategy>> strategies = strategyServices.effective(builtIns.strategies());
        List<PluginServices.Effective<Criterion>> criteria = criterionServices.effective(builtIns.criteria());
        List<PluginServices.Effective<HardRule>> hardRules = hardRuleServices.effective(List.of());
        List<PluginServices.Effective<RoadmapRule>> roadmapRules =
                roadmapRuleServices.effective(RoadmapRules.builtIn().rules());

        MatchingPlugins.Builder matching = MatchingPlugins.builder();
        strategies.forEach(s -> matching.override(s.plugin()));
        criteria.forEach(c -> matching.override(c.plugin()));
        hardRules.forEach(r -> matching.override(r.plugin()));
        plugins = new Plugins(matching.build(), infos(strategies), infos(criteria), infos(hardRules),
                RoadmapRules.of(roadmapRules.stream().map(PluginServices.Effective::plugin).toList()),
                infos(roadmapRules));
    }

    private static <T> List<PluginInfo> infos(List<PluginServices.Effective<T>> effective) {
        return effective.stream().map(PluginServices.Effective::info).toList();
    }

    // ---- the service

    @Override
    public String version() {
        return version;
    }

    @Override
    public Locale locale() {
        return settings.locale;
    }

    @Override
    public MentoringPolicy defaultPolicy() {
        return settings.policy;
    }

    @Override
    public List<PluginInfo> strategies() {
        return plugins.infos;
    }

    @Override
    public List<PluginInfo> criteria() {
        return plugins.criteria;
    }

    @Override
    public List<PluginInfo> hardRules() {
        return plugins.hardRules;
    }

    @Override
    public List<PluginInfo> roadmapRules() {
        return plugins.roadmapRuleInfos;
    }

    @Override
    public RoadmapRules effectiveRoadmapRules() {
        return plugins.roadmapRules;
    }

    @Override
    public MatchingPlugins matchingPlugins() {
        return plugins.effective;
    }

    @Override
    public People people() {
        return people;
    }

    @Override
    public Organizations organizations() {
        return organizations;
    }

    @Override
    public Programs programs() {
        return programs;
    }

    @Override
    public Mentorships mentorships() {
        return mentorships;
    }

    @Override
    public PersonalizedPrograms personalizedPrograms() {
        return personalizedPrograms;
    }

    @Override
    public DomainEvents events() {
        return events;
    }


    @Override
    public CommandContext commandContext() {
        return context;
    }

    @Override
    public EnrollingParticipant enrollingParticipant() {
        return new EnrollingParticipant(context, people);
    }

    @Override
    public OpeningProgram openingProgram() {
        return new OpeningProgram(context, programs, people);
    }

    @Override
    public ProposingMentorship proposingMentorship() {
        return new ProposingMentorship(context, programs, mentorships, rules);
    }

    @Override
    public ApprovingMentorship approvingMentorship() {
        return new ApprovingMentorship(context, programs, mentorships, rules);
    }

    @Override
    public ProposingMatches proposingMatches() {
        return new ProposingMatches(context, people, organizations, programs, mentorships, proposingMentorship(),
                plugins.effective);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return persistence.inTransaction(work);
    }

    @Override
    public Roadmaps roadmaps() {
        return roadmaps;
    }

    @Override
    public ColumnMappings columnMappings() {
        return columnMappings;
    }

    @Override
    public List<DomainEvent> history(String subject, String subjectId) {
        return events.of(subject, subjectId);
    }

    @Override
    public List<DomainEvent> latestEvents(int limit) {
        return events.latest(limit);
    }

    private record Plugins(MatchingPlugins effective, List<PluginInfo> infos, List<PluginInfo> criteria,
                           List<PluginInfo> hardRules, RoadmapRules roadmapRules, List<PluginInfo> roadmapRuleInfos) {
    }

    /** The settings in effect; a bad value keeps the previous one and is logged. */
    private record Settings(Locale locale, MentoringPolicy policy) {

        static final Settings DEFAULTS = new Settings(Locale.forLanguageTag("ru"), MentoringPolicy.defaults());

        static Settings of(TandemConfiguration configuration, Settings previous) {
            Locale locale = previous.locale;
            String language = configuration.locale() == null ? "" : configuration.locale().trim().toLowerCase(Locale.ROOT);
            if (language.equals("ru") || language.equals("en")) {
                locale = Locale.forLanguageTag(language);
            } else {
                LOG.warn("Tandem setting locale='{}' is neither ru nor en; keeping {}", configuration.locale(), locale);
            }
            MentoringPolicy policy = previous.policy;
            try {
                MentoringPolicy base = MentoringPolicy.defaults();
                policy = new MentoringPolicy(base.youngTeacherMaxAge(), base.youngTeacherMaxTeachingYears(),
                        configuration.minMentorExperienceYears(), configuration.maxMenteesPerMentor(),
                        base.minProgramDuration(), base.maxProgramDuration(), configuration.daysToFirstMeeting(),
                        configuration.daysToPersonalizedProgram(), configuration.mentorTrainingRequired());
            } catch (IllegalArgumentException e) {
                LOG.warn("Tandem policy settings rejected, keeping the previous policy: {}", e.getMessage());
            }
            return new Settings(locale, policy);
        }
    }

}
