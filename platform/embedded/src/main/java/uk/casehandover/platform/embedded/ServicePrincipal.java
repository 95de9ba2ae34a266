package uk.casehandover.platform.embedded;

import java.util.List;
import java.util.Optional;
import uk.casehandover.schemas.Topics;

/**
 * The Kafka principals of the platform: one per service, plus {@code auditor} for read-only human tooling. Each
 * authenticates with SCRAM-SHA-512 as {@code User:<name>}; what it may do is {@link KafkaAccessPolicy}.
 *
 * <p>A service's consumer group is its {@code spring.application.name}; the handover topics it consumes are the
 * sources of its dead-letter topics ({@code <source topic>.<group>.dlt}).
 */
public enum ServicePrincipal {

    POLICE("police", "police-service", List.of(Topics.CPS_TO_POLICE, Topics.ISVA_TO_POLICE),
            List.of(Topics.POLICE_TO_CPS, Topics.POLICE_TO_ISVA)),
    CPS("cps", "cps-service", List.of(Topics.POLICE_TO_CPS), List.of(Topics.CPS_TO_POLICE)),
    ISVA("isva", "isva-service", List.of(Topics.POLICE_TO_ISVA), List.of(Topics.ISVA_TO_POLICE)),
    AUDIT("audit", "audit-service", Topics.ALL, List.of(Topics.PLATFORM_AUDIT_TREE_HEADS)),
    TIMELINESS("timeliness", "timeliness-service", Topics.ALL, List.of(Topics.PLATFORM_TIMELINESS)),
    /** Read-only human tooling (the audit verifier's record fetch): reads every topic by assign and seek, no group. */
    AUDITOR("auditor", null, Topics.EVERY, List.of());

    /** The broker's super user: the platform itself (formatting, topics, credentials, ACLs). No service runs as it. */
    public static final String ADMIN = "admin";

    private final String principalName;
    private final String group;
    private final List<String> reads;
    private final List<String> writes;

    ServicePrincipal(String principalName, String group, List<String> reads, List<String> writes) {
        this.principalName = principalName;
        this.group = group;
        this.reads = List.copyOf(reads);
        this.writes = List.copyOf(writes);
    }

    /** The SCRAM user name, e.g. {@code police}; the Kafka principal is {@code User:police}. */
    public String principalName() {
        return principalName;
    }

    /** {@code User:<name>}, as ACLs name it. */
    public String kafkaPrincipal() {
        return "User:" + principalName;
    }

    /** The consumer group (the service's spring.application.name); empty for the auditor, who reads without one. */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** The topics this principal consumes. */
    public List<String> reads() {
        return reads;
    }

    /** The topics this principal produces to. */
    public List<String> writes() {
        return writes;
    }

    /** The dead-letter topics of this service's consumer bindings, {@code <source topic>.<group>.dlt}. */
    public List<String> deadLetterTopics() {
        if (group == null) {
            return List.of();
        }
        return reads.stream().map(topic -> deadLetterTopic(topic, group)).toList();
    }

    /** The dead-letter topic of {@code group}'s binding on {@code source} (as every service's yml names it). */
    public static String deadLetterTopic(String source, String group) {
        return source + "." + group + ".dlt";
    }

    /** The principal named {@code name} (e.g. {@code isva}). */
    public static ServicePrincipal named(String name) {
        for (ServicePrincipal principal : values()) {
            if (principal.principalName.equals(name)) {
                return principal;
            }
        }
        throw new IllegalArgumentException("no Kafka principal named " + name);
    }

    @Override
    public String toString() {
        return principalName;
    }
}
