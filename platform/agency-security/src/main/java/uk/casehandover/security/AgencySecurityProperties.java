package uk.casehandover.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casehandover.security.*}: which roles a service's API admits, the names of the token's claims (so any OIDC
 * provider fits by configuration), the clock skew allowed on expiry, and the paths left open. The issuer and its JWK
 * set come from Spring Boot's own {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} / {@code jwk-set-uri}.
 */
@ConfigurationProperties("casehandover.security")
public class AgencySecurityProperties {

    /** false only for an application that serves no case data on a shared classpath (the schema registry). */
    private boolean enabled = true;
    /** The roles admitted to {@code /api/**} at all; anyone else is refused 403 before any case is looked at. */
    private List<AgencyRole> apiRoles = new ArrayList<>();
    /** Tolerance on the token's exp/nbf. */
    private Duration clockSkew = Duration.ofSeconds(60);
    /** Ant-style paths anyone may call without a token. */
    private List<String> openPaths = new ArrayList<>(List.of("/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"));
    /**
     * The largest request body any endpoint accepts; larger ones are refused 413 before parsing. 512 KiB holds the
     * largest legitimate body, a case file (two free-text summaries at their 20,000-character cap plus an evidence
     * manifest of about 2,000 documents at ~170 bytes each as JSON), and keeps the Avro event it becomes well under
     * Kafka's default 1 MiB message size, so an accepted request can always be handed over. A plain number is bytes.
     */
    private DataSize maxRequestBytes = DataSize.ofKilobytes(512);
    private final Claims claims = new Claims();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<AgencyRole> getApiRoles() {
        return apiRoles;
    }

    public void setApiRoles(List<AgencyRole> apiRoles) {
        this.apiRoles = apiRoles;
    }

    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    public List<String> getOpenPaths() {
        return openPaths;
    }

    public void setOpenPaths(List<String> openPaths) {
        this.openPaths = openPaths;
    }

    public DataSize getMaxRequestBytes() {
        return maxRequestBytes;
    }

    public void setMaxRequestBytes(DataSize maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    public Claims getClaims() {
        return claims;
    }

    /** Claim names; a dotted name reads a nested claim, e.g. Keycloak's {@code realm_access.roles}. */
    public static class Claims {
        private String subject = "sub";
        private String roles = "roles";
        private String force = "force_code";
        private String cpsArea = "cps_area";
        private String isvaService = "isva_service_id";

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getRoles() {
            return roles;
        }

        public void setRoles(String roles) {
            this.roles = roles;
        }

        public String getForce() {
            return force;
        }

        public void setForce(String force) {
            this.force = force;
        }

        public String getCpsArea() {
            return cpsArea;
        }

        public void setCpsArea(String cpsArea) {
            this.cpsArea = cpsArea;
        }

        public String getIsvaService() {
            return isvaService;
        }

        public void setIsvaService(String isvaService) {
            this.isvaService = isvaService;
        }
    }
}
