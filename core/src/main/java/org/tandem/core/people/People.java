package org.tandem.core.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/** The people Tandem knows: staff, mentors and mentees. */
public interface People {

    void save(Person person);

    Optional<Person> find(PersonId id);

    /**
     * The people stored under these identities, in the order given; identities not stored are left out. Stored
     * implementations answer a large batch (a file of questionnaires) in a few queries; this default asks
     * {@link #find} for each.
     */
    default Map<PersonId, Person> findAll(Collection<PersonId> ids) {
        Map<PersonId, Person> found = new LinkedHashMap<>();
        for (PersonId id : ids) {
            find(id).ifPresent(person -> found.put(id, person));
        }
        return found;
    }

    /** The person, or a {@link DomainRuleException} naming the unknown identity. */
    default Person require(PersonId id) {
        return find(id).orElseThrow(() -> new DomainRuleException("Человек «" + id + "» не найден.",
                "unknown person " + id));
    }

    /** Everyone holding {@code role} in {@code organization}. */
    List<Person> withRole(Role role, OrganizationId organization);

    /**
     * {@link #withRole} for several organizations at once, by organization in the order given, each list as
     * {@code withRole} answers it (a person holding the role in two of them is in both lists). Stored
     * implementations read the whole set in a few queries; this default asks {@code withRole} for each.
     */
    default Map<OrganizationId, List<Person>> withRole(Role role, Collection<OrganizationId> organizations) {
        Map<OrganizationId, List<Person>> found = new LinkedHashMap<>();
        for (OrganizationId organization : organizations) {
            found.computeIfAbsent(organization, o -> withRole(role, o));
        }
        return found;
    }
}
