package uk.casehandover.runtime.deadletter;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;

/**
 * Moves retries and dead-lettering of every Kafka binding with {@code enable-dlq} from the binding into the listener
 * container (spring-kafka's DefaultErrorHandler with a DeadLetterPublishingRecoverer), so that a record that cannot
 * even be decoded (ErrorHandlingDeserializer) is dead-lettered like one its handler rejects, instead of being logged
 * and skipped. The binder still supplies the dead-letter topic ({@code dlq-name}) and the back-off
 * ({@code max-attempts}, {@code back-off-*}). Dead letters keep their key and value bytes; the exception headers name
 * the handler's (or the deserializer's) own exception, not the wrappers around it.
 */
public class DeadLetterContainerCustomizer implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private final Map<String, Object> producerConfig;
    private volatile KafkaTemplate<Object, Object> template;
    private volatile DefaultKafkaProducerFactory<Object, Object> producerFactory;

    /** @param producerConfig bootstrap.servers and schema.registry.url (and any client security settings) */
    public DeadLetterContainerCustomizer(Map<String, Object> producerConfig) {
        this.producerConfig = Map.copyOf(producerConfig);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        if (dlqDestinationResolver == null) {
            return;
        }
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template(), dlqDestinationResolver) {
            @Override
            public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
                super.accept(record, consumer, reason(exception));
            }
        };
        container.setCommonErrorHandler(new DefaultErrorHandler(recoverer, backOff));
    }

    /** The handler's or the deserializer's own exception, not the listener's and the binder's wrappers around it. */
    static Exception reason(Exception exception) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
        return cause instanceof Exception specific ? specific : exception;
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    private synchronized KafkaTemplate<Object, Object> template() {
        if (template == null) {
            Map<String, Object> config = new HashMap<>(producerConfig);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            DeadLetterSerializer keys = new DeadLetterSerializer();
            keys.configure(config, true);
            DeadLetterSerializer values = new DeadLetterSerializer();
            values.configure(config, false);
            producerFactory = new DefaultKafkaProducerFactory<>(config, keys, values);
            template = new KafkaTemplate<>(producerFactory);
        }
        return template;
    }

    @Override
    public void destroy() {
        if (producerFactory != null) {
            producerFactory.destroy();
        }
    }
}
