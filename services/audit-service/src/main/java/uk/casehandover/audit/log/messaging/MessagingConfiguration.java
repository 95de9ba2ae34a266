package uk.casehandover.audit.log.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;
import uk.casehandover.audit.log.application.AuditLog;

/**
 * One Spring Cloud Stream function per handover topic (bindings audit*-in-0 in audit-service.yml), all appending to
 * the one log, so each topic keeps its own dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    HandoverRecordConsumer handoverRecordConsumer(AuditLog auditLog, Environment environment) {
        Map<String, Object> config = new HashMap<>(kafkaProperties(environment));
        config.put("specific.avro.reader", "true");
        return new HandoverRecordConsumer(auditLog, new HandoverDecoder(config));
    }

    @Bean
    Consumer<Message<byte[]>> auditPoliceToCps(HandoverRecordConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<byte[]>> auditCpsToPolice(HandoverRecordConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<byte[]>> auditPoliceToIsva(HandoverRecordConsumer consumer) {
        return consumer::accept;
    }

    @Bean
    Consumer<Message<byte[]>> auditIsvaToPolice(HandoverRecordConsumer consumer) {
        return consumer::accept;
    }

    static Map<String, String> kafkaProperties(Environment environment) {
        return Binder.get(environment).bind("spring.kafka.properties", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
    }

    static String bootstrapServers(Environment environment) {
        return String.join(",", Binder.get(environment).bind("spring.kafka.bootstrap-servers", Bindable.listOf(String.class))
                .orElse(List.of("localhost:9092")));
    }
}
