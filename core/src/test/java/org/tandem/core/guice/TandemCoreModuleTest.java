package org.tandem.core.guice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import org.junit.jupiter.api.Test;
import org.tandem.core.access.AccessPolicy;
import org.tandem.core.access.RoleBasedAccessPolicy;
import org.tandem.core.application.CommandContext;
import org.tandem.core.people.People;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.shared.Refusal;
import org.tandem.core.shared.RefusalReason;

class TandemCoreModuleTest {

    @Test
    void theDefaultsAreSharedInMemoryRepositoriesAndTheRoleBasedPolicy() {
        Injector injector = Guice.createInjector(new TandemCoreModule());

        assertThat(injector.getInstance(People.class)).isSameAs(injector.getInstance(People.class));
        assertThat(injector.getInstance(AccessPolicy.class)).isInstanceOf(RoleBasedAccessPolicy.class);
        assertThat(injector.getInstance(EnrollingParticipant.class)).isNotNull();
        assertThat(injector.getInstance(org.tandem.core.questionnaire.ImportingQuestionnaires.class)).isNotNull();
        assertThat(injector.getInstance(org.tandem.core.questionnaire.ColumnMappings.class))
                .isSameAs(injector.getInstance(org.tandem.core.questionnaire.ColumnMappings.class));
    }

    @Test
    void aHostOverridesTheClockAndTheAccessPolicyInItsOwnModule() {
        Instant fixed = Instant.parse("2024-12-15T08:00:00Z");
        AccessPolicy denyAll = (actor, action, target) -> Optional.of(Refusal.of(RefusalReason.NOT_ALLOWED, "нет", "no"));
        Injector injector = Guice.createInjector(new TandemCoreModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding()
                        .toInstance(Clock.fixed(fixed, ZoneOffset.UTC));
                OptionalBinder.newOptionalBinder(binder(), AccessPolicy.class).setBinding().toInstance(denyAll);
            }
        });

        CommandContext context = injector.getInstance(CommandContext.class);
        assertThat(context.now()).isEqualTo(fixed);
        assertThat(injector.getInstance(AccessPolicy.class)).isSameAs(denyAll);
    }
}
