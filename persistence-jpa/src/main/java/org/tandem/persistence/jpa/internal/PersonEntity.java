package org.tandem.persistence.jpa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentGiver;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.persistence.jpa.internal.Rows.ConsentRow;
import org.tandem.persistence.jpa.internal.Rows.RoleRow;

@Entity
@Table(name = "person")
public class PersonEntity {

    @Id
    @Column(name = "id")
    String id;
    @Column(name = "full_name")
    String fullName;
    @Column(name = "birth_date")
    LocalDate birthDate;
    @Column(name = "erased")
    boolean erased;
    @Version
    @Column(name = "version")
    long version;

    @ElementCollection
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    Set<RoleRow> roles = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "person_consent", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    List<ConsentRow> consents = new ArrayList<>();

    @OneToOne(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    MenteeProfileEntity menteeProfile;

    @OneToOne(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    MentorProfileEntity mentorProfile;

    protected PersonEntity() {
    }

    PersonEntity(String id) {
        this.id = id;
    }

    void update(Person person) {
        fullName = person.fullName();
        birthDate = person.birthDate().orElse(null);
        erased = person.isErased();
        Set<RoleRow> newRoles = new LinkedHashSet<>();
        person.roles().forEach(r -> newRoles.add(new RoleRow(r.organization().value(), r.role().name())));
        roles.retainAll(newRoles);
        roles.addAll(newRoles);
        List<ConsentRow> newConsents = person.consents().stream().map(c -> new ConsentRow(c.purpose().name(),
                c.givenOn(), c.givenBy().name(), c.representative().orElse(null), c.withdrawnOn().orElse(null))).toList();
        Lists.replace(consents, newConsents);
        if (person.menteeProfile().isEmpty()) {
            menteeProfile = null;
        } else {
            if (menteeProfile == null) {
                menteeProfile = new MenteeProfileEntity(this);
            }
            menteeProfile.update(person.menteeProfile().get());
        }
        if (person.mentorProfile().isEmpty()) {
            mentorProfile = null;
        } else {
            if (mentorProfile == null) {
                mentorProfile = new MentorProfileEntity(this);
            }
            mentorProfile.update(person.mentorProfile().get());
        }
    }

    Person toDomain() {
        Set<RoleAssignment> roleAssignments = new LinkedHashSet<>();
        roles.forEach(r -> roleAssignments.add(RoleAssignment.of(Role.valueOf(r.role()), OrganizationId.of(r.organizationId()))));
        List<Consent> consentList = consents.stream().map(c -> new Consent(ConsentPurpose.valueOf(c.purpose()),
                c.givenOn(), ConsentGiver.valueOf(c.givenBy()), Optional.ofNullable(c.representative()),
                Optional.ofNullable(c.withdrawnOn()))).toList();
        return Person.restore(PersonId.of(id), fullName, birthDate, erased, roleAssignments, consentList,
                Optional.ofNullable(menteeProfile).map(MenteeProfileEntity::toDomain),
                Optional.ofNullable(mentorProfile).map(MentorProfileEntity::toDomain));
    }
}
