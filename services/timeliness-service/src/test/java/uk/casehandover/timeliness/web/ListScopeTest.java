package uk.casehandover.timeliness.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.casehandover.schemas.identifiers.CpsArea;
import uk.casehandover.schemas.identifiers.ForceCode;
import uk.casehandover.security.AccessRefusedException;
import uk.casehandover.security.AgencyPrincipal;
import uk.casehandover.security.AgencyRole;

/** Whose lists each role gets, and which filters are refused (the HTTP side is in TimelinessServiceIT). */
class ListScopeTest {

    static final AgencyPrincipal AUDITOR = new AgencyPrincipal("AUD-0001", Set.of(AgencyRole.AUDITOR), Optional.empty(),
            Optional.empty(), Optional.empty());
    static final AgencyPrincipal OFFICER_01 = new AgencyPrincipal("PC-0001", Set.of(AgencyRole.POLICE_OFFICER),
            Optional.of(ForceCode.parse("01")), Optional.empty(), Optional.empty());
    static final AgencyPrincipal SUPERVISOR_01 = new AgencyPrincipal("PS-0002", Set.of(AgencyRole.POLICE_SUPERVISOR),
            Optional.of(ForceCode.parse("01")), Optional.empty(), Optional.empty());
    static final AgencyPrincipal LAWYER_LONDON_NORTH = new AgencyPrincipal("CPS-0042", Set.of(AgencyRole.CPS_LAWYER),
            Optional.empty(), Optional.of(CpsArea.parse("LONDON_NORTH")), Optional.empty());
    static final AgencyPrincipal DCP_LONDON_NORTH = new AgencyPrincipal("DCP-0003",
            Set.of(AgencyRole.DISTRICT_CROWN_PROSECUTOR), Optional.empty(), Optional.of(CpsArea.parse("LONDON_NORTH")),
            Optional.empty());

    @Test
    void theAuditorListsEveryCaseFilteredAsAsked() {
        assertThat(ListScope.of(AUDITOR, null, null)).isEqualTo(new ListScope.Scoped(null, null));
        assertThat(ListScope.of(AUDITOR, "20", "WESSEX")).isEqualTo(new ListScope.Scoped("20", "WESSEX"));
    }

    @Test
    void policeListTheirOwnForceByDefaultAndAreRefusedAnotherNamingTheParameter() {
        for (AgencyPrincipal police : new AgencyPrincipal[] {OFFICER_01, SUPERVISOR_01}) {
            assertThat(ListScope.of(police, null, null)).isEqualTo(new ListScope.Scoped("01", null));
            assertThat(ListScope.of(police, "01", "WESSEX")).isEqualTo(new ListScope.Scoped("01", "WESSEX"));
            assertThatThrownBy(() -> ListScope.of(police, "20", null)).isInstanceOfSatisfying(ParameterRefused.class,
                    refused -> {
                        assertThat(refused.parameter()).isEqualTo("forceCode");
                        assertThat(refused.rule()).contains("own force code (01)").doesNotContain("20");
                    });
        }
    }

    @Test
    void cpsListTheirOwnAreaByDefaultAndAreRefusedAnotherNamingTheParameter() {
        for (AgencyPrincipal cps : new AgencyPrincipal[] {LAWYER_LONDON_NORTH, DCP_LONDON_NORTH}) {
            assertThat(ListScope.of(cps, null, null)).isEqualTo(new ListScope.Scoped(null, "LONDON_NORTH"));
            assertThat(ListScope.of(cps, "20", "LONDON_NORTH")).isEqualTo(new ListScope.Scoped("20", "LONDON_NORTH"));
            assertThatThrownBy(() -> ListScope.of(cps, null, "WESSEX")).isInstanceOfSatisfying(ParameterRefused.class,
                    refused -> {
                        assertThat(refused.parameter()).isEqualTo("cpsArea");
                        assertThat(refused.rule()).contains("LONDON_NORTH").doesNotContain("WESSEX");
                    });
        }
    }

    @Test
    void anIsvaOrAPoliceRoleWithoutAForceIsRefused() {
        AgencyPrincipal isva = new AgencyPrincipal("ISVA-0007", Set.of(AgencyRole.ISVA), Optional.empty(),
                Optional.empty(), Optional.of("ISVA-SVC-0001"));
        AgencyPrincipal forceless = new AgencyPrincipal("PC-0009", Set.of(AgencyRole.POLICE_OFFICER), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> ListScope.of(isva, null, null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> ListScope.of(forceless, null, null)).isInstanceOf(AccessRefusedException.class);
    }
}
