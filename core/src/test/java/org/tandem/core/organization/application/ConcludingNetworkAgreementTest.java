package org.tandem.core.organization.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.core.Fixture.COORDINATOR;
import static org.tandem.core.Fixture.MUNICIPALITY;
import static org.tandem.core.Fixture.OTHER_SCHOOL;
import static org.tandem.core.Fixture.SCHOOL;
import static org.tandem.core.Fixture.TODAY;
import static org.tandem.core.Fixture.ok;

import org.junit.jupiter.api.Test;
import org.tandem.core.Fixture;
import org.tandem.core.organization.NetworkAgreement;
import org.tandem.core.organization.Organizations;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.DomainEvent;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

class ConcludingNetworkAgreementTest {

    private final Fixture fixture = new Fixture();
    private final ConcludingNetworkAgreement concluding = fixture.get(ConcludingNetworkAgreement.class);
    private final Organizations organizations = fixture.get(Organizations.class);
    private final DateRange year = DateRange.of(TODAY, TODAY.plusYears(1));

    @Test
    void theCoordinatorRecordsAnAgreementAndTheAuditLogSaysWhoDidIt() {
        ok(concluding.conclude(COORDINATOR, command("СН-7", SCHOOL, OTHER_SCHOOL, year)));

        assertThat(organizations.agreement("СН-7")).map(NetworkAgreement::second).contains(OTHER_SCHOOL);
        assertThat(organizations.mayMentorAcross(OTHER_SCHOOL, SCHOOL, TODAY.plusMonths(2))).isTrue();
        DomainEvent event = fixture.auditLog().of("NetworkAgreement", "СН-7").get(0);
        assertThat(event.type()).isEqualTo(EventType.NETWORK_AGREEMENT_CONCLUDED);
        assertThat(event.actor()).isEqualTo(COORDINATOR.person());
        assertThat(event.change()).containsEntry("replaced", "false");
    }

    @Test
    void recordingTheSameNumberBetweenTheSamePartiesAgainChangesItsTerm() {
        ok(concluding.conclude(COORDINATOR, command("СН-7", SCHOOL, OTHER_SCHOOL, year)));
        DateRange longer = DateRange.of(TODAY, TODAY.plusYears(3));

        ok(concluding.conclude(COORDINATOR, command("СН-7", OTHER_SCHOOL, SCHOOL, longer)));

        assertThat(organizations.agreementsOf(SCHOOL)).extracting(NetworkAgreement::validity).containsExactly(longer);
        assertThat(fixture.auditLog().of("NetworkAgreement", "СН-7").get(1).change()).containsEntry("replaced", "true");
    }

    @Test
    void aNumberInUseBetweenOtherOrganizationsIsRefusedAndTheFirstAgreementStays() {
        ok(concluding.conclude(COORDINATOR, command("СН-7", SCHOOL, OTHER_SCHOOL, year)));

        Result<NetworkAgreement> refused = concluding.conclude(COORDINATOR,
                command("СН-7", SCHOOL, MUNICIPALITY, year));

        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.WRONG_STATE);
        assertThat(refused.refusal().message().ru()).contains("СН-7", SCHOOL.value(), OTHER_SCHOOL.value());
        assertThat(organizations.agreement("СН-7")).map(NetworkAgreement::second).contains(OTHER_SCHOOL);
        assertThat(fixture.auditLog().of("NetworkAgreement", "СН-7")).hasSize(1);
    }

    @Test
    void theRepositoryItselfNeverGivesATakenNumberToOtherOrganizations() {
        ok(concluding.conclude(COORDINATOR, command("СН-7", SCHOOL, OTHER_SCHOOL, year)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> organizations.save(
                        new NetworkAgreement("СН-7", SCHOOL, MUNICIPALITY, year)))
                .isInstanceOf(org.tandem.core.shared.DomainRuleException.class)
                .hasMessageContaining("СН-7");
        assertThat(organizations.agreement("СН-7")).map(NetworkAgreement::second).contains(OTHER_SCHOOL);
    }

    private static ConcludingNetworkAgreement.Command command(String number, org.tandem.core.shared.OrganizationId a,
                                                              org.tandem.core.shared.OrganizationId b, DateRange term) {
        return new ConcludingNetworkAgreement.Command(new NetworkAgreement(number, a, b, term));
    }
}
