package uk.casehandover.cps.casefile.messaging;

import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The Spring Cloud Stream function bound to handover.police-to-cps (binding policeToCps-in-0). */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    Consumer<Message<SpecificRecord>> policeToCps(PoliceHandoverConsumer consumer) {
        return consumer::apply;
    }
}
