package org.tandem.core.inmemory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/** People kept in memory, for tests and examples; objects are stored by reference. */
public final class InMemoryPeople implements People {

    private final Map<PersonId, Person> people = new ConcurrentHashMap<>();

    @Override
    public void save(Person person) {
        people.put(person.id(), person);
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public List<Person> withRole(Role role, OrganizationId organization) {
        return people.values().stream().filter(p -> p.hasRole(role, organization))
                .sorted((a, b) -> a.id().value().compareTo(b.id().value())).toList();
    }
}
