package uk.casehandover.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import uk.casehandover.schemas.identifiers.CpsArea;
import uk.casehandover.schemas.identifiers.ForceCode;

class AgencyTokenConverterTest {

    private final AgencySecurityProperties properties = new AgencySecurityProperties();
    private final AgencyTokenConverter converter = new AgencyTokenConverter(properties.getClaims());

    @Test
    void anOfficersTokenBecomesAPrincipalOfTheirForce() {
        AgencyPrincipal officer = converter.convert(jwt(Map.of("sub", "PC-0001", "roles", List.of("POLICE_OFFICER"),
                "force_code", "01"))).getPrincipal();

        assertThat(officer.subject()).isEqualTo("PC-0001");
        assertThat(officer.isPoliceOf(ForceCode.METROPOLITAN)).isTrue();
        assertThat(officer.isPoliceOf(ForceCode.WEST_MIDLANDS)).isFalse();
        assertThat(officer.isCpsOf(CpsArea.LONDON_NORTH)).isFalse();
        assertThat(officer.agencyForLog()).isEqualTo("force=01");
    }

    @Test
    void anIsvaActsOnlyForTheirIsvaServiceAndIsNeverPoliceOrCps() {
        AgencyPrincipal isva = converter.convert(jwt(Map.of("sub", "ISVA-0007", "roles", List.of("ISVA"),
                "isva_service_id", "ISVA-SVC-0001"))).getPrincipal();

        assertThat(isva.isIsvaOf("ISVA-SVC-0001")).isTrue();
        assertThat(isva.isIsvaOf("ISVA-SVC-0002")).isFalse();
        assertThat(isva.isPoliceOf(ForceCode.METROPOLITAN)).isFalse();
        assertThat(isva.isCpsOf(CpsArea.LONDON_NORTH)).isFalse();
    }

    @Test
    void aPoliceRoleWithoutAForceClaimSeesNoForce() {
        AgencyPrincipal officer = converter.convert(jwt(Map.of("sub", "PC-0001", "roles", List.of("POLICE_OFFICER"))))
                .getPrincipal();

        assertThat(officer.isPoliceOf(ForceCode.METROPOLITAN)).isFalse();
    }

    @Test
    void unknownRolesAreIgnoredAndNestedClaimNamesAreFollowed() {
        properties.getClaims().setRoles("realm_access.roles");
        AgencyPrincipal lawyer = converter.convert(jwt(Map.of("sub", "CPS-0042", "cps_area", "LONDON_NORTH",
                "realm_access", Map.of("roles", List.of("offline_access", "CPS_LAWYER"))))).getPrincipal();

        assertThat(lawyer.roles()).containsExactly(AgencyRole.CPS_LAWYER);
        assertThat(lawyer.isCpsOf(CpsArea.LONDON_NORTH)).isTrue();
    }

    @Test
    void claimsThatBreakTheIdentifierRulesAreRefusedNamingEachClaim() {
        assertThatThrownBy(() -> converter.convert(jwt(Map.of("sub", "PC 0001 <x>", "roles", List.of("POLICE_OFFICER"),
                "force_code", "99", "cps_area", "ATLANTIS", "isva_service_id", "bad id!"))))
                .isInstanceOf(InvalidBearerTokenException.class)
                .hasMessageContaining("sub: must be a staff id")
                .hasMessageContaining("force_code: must be the code of one of the 43 territorial forces")
                .hasMessageContaining("cps_area: must be one of the CPS Area codes")
                .hasMessageContaining("isva_service_id: must be 1-64 letters, digits or hyphens")
                .hasMessageNotContaining("ATLANTIS").hasMessageNotContaining("bad id!");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        return jwt.build();
    }
}
