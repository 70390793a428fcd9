package org.tandem.core.people;

import java.util.List;
import java.util.Optional;

import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/** The people Tandem knows: staff, mentors and mentees. */
public interface People {

    void save(Person person);

    Optional<Person> find(PersonId id);

    /** The person, or an {@link IllegalArgumentException} naming the unknown identity. */
    default Person require(PersonId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown person " + id));
    }

    /** Everyone holding {@code role} in {@code organization}. */
    List<Person> withRole(Role role, OrganizationId organization);
}
