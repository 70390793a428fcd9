package org.tandem.portal.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.shared.PersonId;
import org.tandem.portal.spi.ActingUser;
import org.tandem.portal.spi.ActingUsers;

/**
 * The demo's acting user: every request acts as one configured person (by default {@code demo-curator}, a portal
 * administrator, so that the demo can create its organizations and appoint itself curator). It exists only while
 * its configuration (PID {@code org.tandem.portal.demo}) does, so that a portal without its own
 * {@link ActingUsers} answers 401 rather than letting anyone act. Ranked -1000: the host's own {@link ActingUsers}
 * with any ordinary ranking replaces it.
 */
@Component(service = ActingUsers.class, configurationPid = DemoActingUsers.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = "service.ranking:Integer=" + DemoActingUsers.RANKING)
@Designate(ocd = DemoActingUsers.Config.class)
public final class DemoActingUsers implements ActingUsers {

    static final String PID = "org.tandem.portal.demo";
    static final int RANKING = -1000;
    private static final Logger LOG = LoggerFactory.getLogger(DemoActingUsers.class);

    @ObjectClassDefinition(id = PID, name = "Tandem demo user / Демо-пользователь Тандема",
            description = "Who acts in the JSON API when the portal names nobody. For demos; a portal registers "
                    + "its own org.tandem.portal.spi.ActingUsers.")
    public @interface Config {
        @AttributeDefinition(name = "Person id / Идентификатор человека")
        String person() default "demo-curator";

        @AttributeDefinition(name = "Name / Имя")
        String name() default "Демо Куратор";

        @AttributeDefinition(name = "Portal administrator / Администратор портала")
        boolean administrator() default true;
    }

    private volatile ActingUser user;

    @Activate
    public DemoActingUsers(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        String person = config.person() == null || config.person().isBlank() ? "demo-curator" : config.person();
        user = new ActingUser(PersonId.of(person), config.name(), config.administrator());
        LOG.info("Tandem demo user: {} (administrator: {})", user.person(), user.administrator());
    }

    @Override
    public Optional<ActingUser> actingUser(HttpServletRequest request) {
        return Optional.of(user);
    }
}
