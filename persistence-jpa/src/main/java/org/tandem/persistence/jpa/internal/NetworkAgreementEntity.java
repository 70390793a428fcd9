package org.tandem.persistence.jpa.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tandem.core.organization.NetworkAgreement;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.OrganizationId;

@Entity
@Table(name = "network_agreement")
public class NetworkAgreementEntity {

    @Id
    @Column(name = "number")
    String number;
    @Column(name = "first_org_id")
    String firstOrgId;
    @Column(name = "second_org_id")
    String secondOrgId;
    @Column(name = "valid_from")
    LocalDate validFrom;
    @Column(name = "valid_until")
    LocalDate validUntil;
    @Version
    @Column(name = "version")
    long version;

    protected NetworkAgreementEntity() {
    }

    NetworkAgreementEntity(String number) {
        this.number = number;
    }

    void update(NetworkAgreement agreement) {
        firstOrgId = agreement.first().value();
        secondOrgId = agreement.second().value();
        validFrom = agreement.validity().start();
        validUntil = agreement.validity().end();
    }

    NetworkAgreement toDomain() {
        return new NetworkAgreement(number, OrganizationId.of(firstOrgId), OrganizationId.of(secondOrgId),
                DateRange.of(validFrom, validUntil));
    }
}
