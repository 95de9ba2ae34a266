package uk.casehandover.timeliness.messaging;

import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream functions bound to every handover topic (bindings policeToCps-in-0, cpsToPolice-in-0,
 * policeToIsva-in-0, isvaToPolice-in-0), each with its own dead-letter topic {@code <topic>.timeliness-service.dlt}.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    Consumer<Message<SpecificRecord>> policeToCps(HandoverIntake intake) {
        return intake::apply;
    }

    @Bean
    Consumer<Message<SpecificRecord>> cpsToPolice(HandoverIntake intake) {
        return intake::apply;
    }

    @Bean
    Consumer<Message<SpecificRecord>> policeToIsva(HandoverIntake intake) {
        return intake::apply;
    }

    @Bean
    Consumer<Message<SpecificRecord>> isvaToPolice(HandoverIntake intake) {
        return intake::apply;
    }
}
