package uk.casehandover.platform.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the broker: the ACLs of every {@link ServicePrincipal}, following the agency boundaries.
 *
 * <p>Rule: nothing is allowed that is not listed here ({@code allow.everyone.if.no.acl.found=false}). A service reads
 * the topics addressed to it and writes only the topics it sends on: police write only police topics, CPS only CPS
 * topics; the ISVA service reads only the victim updates sent to ISVA services and writes only its acknowledgements;
 * the audit and timeliness services read every handover topic and write only their own platform topic; the auditor
 * reads every topic and writes nothing. Each service reads with its own consumer group, and owns the dead-letter topics
 * of its bindings (it creates them on first use, writes to them, and an operator replays them as that service).
 *
 * <p>Every name is literal: no prefix or wildcard grants anything. DESCRIBE is implied by READ and WRITE in Kafka; it
 * is listed anyway so that the table reads as what each principal may see. Idempotent producers need only WRITE on
 * the topic (Kafka 3.0 and later). The broker applies this policy at every start ({@link KafkaBroker}); the same
 * bindings rendered as text ({@link #render()}) are what deploy/ gives a production cluster.
 */
public final class KafkaAccessPolicy {

    private KafkaAccessPolicy() {
    }

    /** Every principal's bindings, in {@link ServicePrincipal} order. */
    public static List<AclBinding> bindings() {
        List<AclBinding> all = new ArrayList<>();
        for (ServicePrincipal principal : ServicePrincipal.values()) {
            all.addAll(bindings(principal));
        }
        return List.copyOf(all);
    }

    /** The bindings of one principal: its reads, its writes, its group and its dead-letter topics. */
    public static List<AclBinding> bindings(ServicePrincipal principal) {
        List<AclBinding> bindings = new ArrayList<>();
        for (String topic : principal.reads()) {
            bindings.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.READ));
            bindings.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.DESCRIBE));
        }
        for (String topic : principal.writes()) {
            bindings.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.WRITE));
            bindings.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.DESCRIBE));
        }
        principal.group().ifPresent(group -> bindings.add(allow(principal, ResourceType.GROUP, group, AclOperation.READ)));
        for (String deadLetters : principal.deadLetterTopics()) {
            for (AclOperation operation : List.of(AclOperation.CREATE, AclOperation.WRITE, AclOperation.READ,
                    AclOperation.DESCRIBE)) {
                bindings.add(allow(principal, ResourceType.TOPIC, deadLetters, operation));
            }
        }
        return List.copyOf(bindings);
    }

    /**
     * The bindings as text, one a line: {@code <principal> <operation> <resource type> <name>}, e.g.
     * {@code User:police WRITE TOPIC handover.police-to-cps}; every line is ALLOW, from any host, with a literal name.
     */
    public static String render() {
        return "# Kafka ACLs of the case handover platform: principal, operation, resource type, literal name; every line"
                + " ALLOW from any host.\n"
                + "# Generated from uk.casehandover.platform.embedded.KafkaAccessPolicy; a test checks that this file"
                + " equals it.\n"
                + bindings().stream().map(KafkaAccessPolicy::line).collect(Collectors.joining("\n", "", "\n"));
    }

    /** One binding as a line of {@link #render()}. */
    public static String line(AclBinding binding) {
        return binding.entry().principal() + " " + binding.entry().operation() + " " + binding.pattern().resourceType()
                + " " + binding.pattern().name();
    }

    private static AclBinding allow(ServicePrincipal principal, ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(principal.kafkaPrincipal(), "*", operation, AclPermissionType.ALLOW));
    }
}
