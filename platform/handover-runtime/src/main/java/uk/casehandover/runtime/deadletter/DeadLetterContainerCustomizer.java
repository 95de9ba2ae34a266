package uk.casehandover.runtime.deadletter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Moves retries and dead-lettering of every Kafka binding with {@code enable-dlq} from the binding into the listener
 * container (spring-kafka's DefaultErrorHandler with a DeadLetterPublishingRecoverer), so that a record that cannot
 * even be decoded (ErrorHandlingDeserializer) is dead-lettered like one its handler rejects, instead of being logged
 * and skipped. The binder still supplies the dead-letter topic ({@code dlq-name}) and the back-off
 * ({@code max-attempts}, {@code back-off-*}); a {@link NotRetryable} failure is not retried. Dead letters keep their key and value bytes; the exception headers name
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
        recoverer.setExceptionHeadersCreator(DeadLetterContainerCustomizer::addReasonHeaders);
        DefaultErrorHandler errorHandler = new DefaultErrorHandler(recoverer, backOff);
        errorHandler.setBackOffFunction((record, exception) -> backOffFor(exception));
        container.setCommonErrorHandler(errorHandler);
    }

    /** No retry for a {@link NotRetryable} failure; {@code null} (the binding's back-off) for any other. */
    static BackOff backOffFor(Exception exception) {
        return NotRetryable.isNotRetryable(exception) ? new FixedBackOff(0L, 0L) : null;
    }

    /**
     * spring-kafka's exception headers, naming {@link #reason(Exception) the reason}. Needed for undecodable records:
     * for those the recoverer passes the ErrorHandlingDeserializer's {@link DeserializationException} ("failed to
     * deserialize") read back from the record's header, not the exception the error handler was given.
     */
    static void addReasonHeaders(Headers headers, Exception exception, boolean isKey, HeaderNames names) {
        Exception reason = reason(exception);
        HeaderNames.ExceptionInfo info = names.getExceptionInfo();
        Throwable root = NestedExceptionUtils.getRootCause(reason);
        replace(headers, isKey ? info.getKeyExceptionFqcn() : info.getExceptionFqcn(), reason.getClass().getName());
        replace(headers, info.getExceptionCauseFqcn(), (root == null ? reason : root).getClass().getName());
        replace(headers, isKey ? info.getKeyExceptionMessage() : info.getExceptionMessage(),
                reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage());
        StringWriter trace = new StringWriter();
        reason.printStackTrace(new PrintWriter(trace));
        replace(headers, isKey ? info.getKeyExceptionStacktrace() : info.getExceptionStacktrace(), trace.toString());
    }

    private static void replace(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The handler's or the deserializer's own exception, not the listener's and the binder's wrappers around it. For
     * an undecodable record that is the cause of spring-kafka's {@link DeserializationException} (e.g. the serde's
     * {@code WireFormatException} naming the bad magic byte), not that exception's own cause: the deserializer's
     * message names the record's fault, the cause below it only the library that noticed.
     */
    static Exception reason(Exception exception) {
        for (Throwable link = exception; link != null && link.getCause() != link; link = link.getCause()) {
            if (link instanceof DeserializationException && link.getCause() instanceof Exception deserializers) {
                return deserializers;
            }
        }
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
