package org.tandem.persistence.jpa;

import java.util.Objects;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;

import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.People;
import org.tandem.core.program.Programs;
import org.tandem.core.questionnaire.ColumnMappings;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.core.shared.DomainEvents;

/**
 * Replaces core's in-memory repositories and audit log with stored ones. Install it next to
 * {@code TandemCoreModule}:
 *
 * <pre>{@code
 * TandemPersistence persistence = TandemPersistence.embedded(Path.of("data"));
 * Injector injector = Guice.createInjector(new TandemCoreModule(), new TandemPersistenceModule(persistence));
 * }</pre>
 *
 * <p>The host owns {@code persistence} and closes it. {@link TandemPersistence} and {@link AuditLog} are bound too,
 * so that use cases can be run in {@link TandemPersistence#inTransaction(java.util.function.Supplier)}, and
 * {@link PersonalDataEraser} and {@link PersonalDataExport}.
 */
public final class TandemPersistenceModule extends AbstractModule {

    private final TandemPersistence persistence;

    public TandemPersistenceModule(TandemPersistence persistence) {
        this.persistence = Objects.requireNonNull(persistence, "persistence");
    }

    @Override
    protected void configure() {
        bind(TandemPersistence.class).toInstance(persistence);
        bind(AuditLog.class).toInstance(persistence.auditLog());
        bind(PersonalDataEraser.class).toInstance(persistence.personalDataEraser());
        bind(PersonalDataExport.class).toInstance(persistence.personalDataExport());
        OptionalBinder.newOptionalBinder(binder(), People.class).setBinding().toInstance(persistence.people());
        OptionalBinder.newOptionalBinder(binder(), Organizations.class).setBinding()
                .toInstance(persistence.organizations());
        OptionalBinder.newOptionalBinder(binder(), Programs.class).setBinding().toInstance(persistence.programs());
        OptionalBinder.newOptionalBinder(binder(), Mentorships.class).setBinding().toInstance(persistence.mentorships());
        OptionalBinder.newOptionalBinder(binder(), PersonalizedPrograms.class).setBinding()
                .toInstance(persistence.personalizedPrograms());
        OptionalBinder.newOptionalBinder(binder(), DomainEvents.class).setBinding().toInstance(persistence.auditLog());
        OptionalBinder.newOptionalBinder(binder(), ColumnMappings.class).setBinding()
                .toInstance(persistence.columnMappings());
        OptionalBinder.newOptionalBinder(binder(), Roadmaps.class).setBinding().toInstance(persistence.roadmaps());
    }
}
