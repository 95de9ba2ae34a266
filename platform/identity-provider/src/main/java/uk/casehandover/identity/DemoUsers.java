package uk.casehandover.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The synthetic demo users of the local platform and the tests: one per role, plus people of another force, CPS Area
 * and ISVA service so that refusals can be shown. Each is a confidential client of the demo provider (client id = the
 * user's id) whose client_credentials token carries that user's subject and claims: a demo-only route to a token with
 * one curl command. Production uses the agencies' own OIDC login (authorization code + PKCE).
 */
public final class DemoUsers {

    public static final String ROLES_CLAIM = "roles";
    public static final String FORCE_CLAIM = "force_code";
    public static final String CPS_AREA_CLAIM = "cps_area";
    public static final String ISVA_SERVICE_CLAIM = "isva_service_id";

    static final Duration LIFETIME = Duration.ofMinutes(30);

    public static final DemoUser OFFICER = user("PC-0001", "POLICE_OFFICER", "01", null, null,
            "police officer, Metropolitan Police (force 01)");
    public static final DemoUser SUPERVISOR = user("PS-0002", "POLICE_SUPERVISOR", "01", null, null,
            "police supervisor, Metropolitan Police (force 01)");
    public static final DemoUser OTHER_FORCE_OFFICER = user("PC-0201", "POLICE_OFFICER", "20", null, null,
            "police officer, West Midlands (force 20): refused force 01's cases");
    public static final DemoUser LAWYER = user("CPS-0042", "CPS_LAWYER", null, "LONDON_NORTH", null,
            "CPS lawyer, CPS London North");
    public static final DemoUser DCP = user("DCP-0003", "DISTRICT_CROWN_PROSECUTOR", null, "LONDON_NORTH", null,
            "District Crown Prosecutor, CPS London North");
    public static final DemoUser OTHER_AREA_LAWYER = user("CPS-0777", "CPS_LAWYER", null, "WESSEX", null,
            "CPS lawyer, CPS Wessex: refused London North's cases");
    public static final DemoUser ISVA = user("ISVA-0007", "ISVA", null, null, "ISVA-SVC-0001",
            "ISVA of ISVA service ISVA-SVC-0001");
    public static final DemoUser OTHER_ISVA = user("ISVA-0008", "ISVA", null, null, "ISVA-SVC-0002",
            "ISVA of ISVA service ISVA-SVC-0002: refused ISVA-SVC-0001's updates");
    public static final DemoUser AUDITOR = user("AUD-0001", "AUDITOR", null, null, null,
            "auditor (no agency claim): reads the audit log, no case");
    /** Tokens that expire after two seconds, so that tests can show an expired token refused. */
    public static final DemoUser SHORT_LIVED_OFFICER = new DemoUser("PC-0005", List.of("POLICE_OFFICER"), "01", null,
            null, Duration.ofSeconds(2), "police officer, force 01, whose tokens live 2 seconds (expiry tests)");

    public static final List<DemoUser> ALL = List.of(OFFICER, SUPERVISOR, OTHER_FORCE_OFFICER, LAWYER, DCP,
            OTHER_AREA_LAWYER, ISVA, OTHER_ISVA, AUDITOR, SHORT_LIVED_OFFICER);

    private DemoUsers() {
    }

    public static Optional<DemoUser> byId(String id) {
        return ALL.stream().filter(user -> user.id().equals(id)).findFirst();
    }

    private static DemoUser user(String id, String role, String force, String area, String isvaService,
            String description) {
        return new DemoUser(id, List.of(role), force, area, isvaService, LIFETIME, description);
    }
}
