package uk.casehandover.platform.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a started broker's users and ACLs to what the code says, as the super user: every {@link ServicePrincipal}'s
 * SCRAM credential is upserted from {@link KafkaCredentials}, and the ACLs become exactly
 * {@link KafkaAccessPolicy#bindings()} (missing ones created, others deleted). Idempotent, run at every start, and
 * done only once the broker itself answers with the new credentials and ACLs, so the first client cannot race them.
 */
final class BrokerSecurity {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerSecurity.class);
    /** Kafka's minimum for SCRAM-SHA-512 is 4096. */
    private static final int ITERATIONS = 8192;
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(20);

    private BrokerSecurity() {
    }

    static void apply(Map<String, Object> adminClient, KafkaCredentials credentials) {
        try (Admin admin = Admin.create(adminClient)) {
            upsertCredentials(admin, credentials);
            List<AclBinding> policy = KafkaAccessPolicy.bindings();
            Collection<AclBinding> existing = admin.describeAcls(AclBindingFilter.ANY).values().get();
            List<AclBindingFilter> stale = existing.stream().filter(binding -> !policy.contains(binding))
                    .map(AclBinding::toFilter).toList();
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale).all().get();
                LOG.info("deleted {} ACLs that the policy no longer grants", stale.size());
            }
            List<AclBinding> missing = policy.stream().filter(binding -> !existing.contains(binding)).toList();
            if (!missing.isEmpty()) {
                admin.createAcls(missing).all().get();
            }
            awaitApplied(admin, policy);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SaslAuthenticationException) {
                throw new IllegalStateException("the broker refused the admin: the password in "
                        + credentials.directory().resolve(ServicePrincipal.ADMIN) + " is not the one its data directory"
                        + " was formatted with (or the data directory was formatted before the broker took only"
                        + " authenticated clients); restore that file or start on an empty data directory", e.getCause());
            }
            throw new IllegalStateException("could not set up the Kafka principals and ACLs: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the Kafka principals and ACLs", e);
        }
    }

    private static void upsertCredentials(Admin admin, KafkaCredentials credentials)
            throws InterruptedException, ExecutionException {
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        for (ServicePrincipal principal : ServicePrincipal.values()) {
            upserts.add(new UserScramCredentialUpsertion(principal.principalName(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), credentials.password(principal)));
        }
        admin.alterUserScramCredentials(upserts).all().get();
    }

    private static void awaitApplied(Admin admin, List<AclBinding> policy) throws InterruptedException, ExecutionException {
        Set<String> users = new HashSet<>();
        for (ServicePrincipal principal : ServicePrincipal.values()) {
            users.add(principal.principalName());
        }
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (true) {
            Set<String> known = new HashSet<>(admin.describeUserScramCredentials().all().get().keySet());
            Collection<AclBinding> acls = admin.describeAcls(AclBindingFilter.ANY).values().get();
            if (known.containsAll(users) && acls.size() == policy.size() && acls.containsAll(policy)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the broker did not show every principal's credential and ACL within "
                        + READY_WITHIN.toSeconds() + " s");
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
