package uk.casehandover.platform.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates topics on purpose (the broker never creates them implicitly).
 *
 * <p>Rule: a topic is handed back only once every partition has a leader, so the first send to it cannot race its
 * creation; topics that already exist are left as they are.
 */
public final class TopicCreator implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(20);

    private final Admin admin;

    /** Creates topics on this broker as its super user. */
    public TopicCreator(KafkaBroker broker) {
        this(broker.adminClientProperties());
    }

    /** Creates topics with these admin client settings: bootstrap.servers and the SASL settings of a user who may. */
    public TopicCreator(Map<String, ?> clientProperties) {
        if (!clientProperties.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("the client properties name no " + AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        }
        this.admin = Admin.create(Map.copyOf(clientProperties));
    }

    /** A topic to create: its name, partition count and topic-level configs (e.g. {@code retention.ms}). */
    public record TopicSpec(String name, int partitions, Map<String, String> configs) {

        public TopicSpec {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("topic name must not be blank");
            }
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1 but was " + partitions + " for topic " + name);
            }
            configs = Map.copyOf(configs);
        }
    }

    /** Creates one new topic and waits until it is ready; fails if it exists already. */
    public void create(String name, int partitions) {
        createAndWait(List.of(new TopicSpec(name, partitions, Map.of())));
    }

    /** Creates those of {@code topics} that do not exist yet, waits until all are ready, and returns the names it created. */
    public List<String> createMissing(Collection<TopicSpec> topics) {
        Set<String> existing = call(() -> admin.listTopics().names().get(), "list topics");
        List<TopicSpec> missing = new ArrayList<>();
        for (TopicSpec topic : topics) {
            if (!existing.contains(topic.name())) {
                missing.add(topic);
            }
        }
        createAndWait(missing);
        return missing.stream().map(TopicSpec::name).toList();
    }

    /** The names of all topics on the broker. */
    public Set<String> names() {
        return call(() -> admin.listTopics().names().get(), "list topics");
    }

    private void createAndWait(List<TopicSpec> topics) {
        if (topics.isEmpty()) {
            return;
        }
        List<NewTopic> requests = topics.stream()
                .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs()))
                .toList();
        call(() -> admin.createTopics(requests).all().get(), "create topics " + names(topics));
        for (TopicSpec topic : topics) {
            awaitLeaders(topic);
        }
    }

    private void awaitLeaders(TopicSpec topic) {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (!hasLeaders(topic)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("topic " + topic.name() + " had no leader for each of its "
                        + topic.partitions() + " partitions within " + READY_WITHIN.toSeconds() + " s");
            }
            pause();
        }
    }

    private boolean hasLeaders(TopicSpec topic) {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic.name())).allTopicNames().get().get(topic.name());
            return description.partitions().size() == topic.partitions()
                    && description.partitions().stream().allMatch(partition -> partition.leader() != null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw new IllegalStateException("could not describe topic " + topic.name(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topic " + topic.name(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topics", e);
        }
    }

    private static List<String> names(List<TopicSpec> topics) {
        return topics.stream().map(TopicSpec::name).toList();
    }

    private interface AdminCall<T> {
        T get() throws InterruptedException, ExecutionException;
    }

    private static <T> T call(AdminCall<T> call, String what) {
        try {
            return call.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while trying to " + what, e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
