package uk.casehandover.platform.local;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.casehandover.platform.embedded.Ports;

/** Refuses to start when a chosen port is taken, naming the port, its purpose and the flag that changes it. */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(LocalOptions options) {
        Map<String, String> purposes = new LinkedHashMap<>();
        purposes.put(LocalOptions.KAFKA, "Kafka");
        purposes.put(LocalOptions.KAFKA_CONTROLLER, "Kafka controller");
        purposes.put(LocalOptions.POSTGRES, "PostgreSQL");
        for (LocalService service : LocalServices.ALL) {
            purposes.put(service.portFlag(), service.title());
        }
        for (Map.Entry<String, String> purpose : purposes.entrySet()) {
            int port = options.port(purpose.getKey());
            if (port != 0 && !Ports.isFree(port)) {
                throw new PlatformStartException(String.format(
                        "port %d (%s) is already in use: stop what holds it, or choose another with %s N (0 = any free port)",
                        port, purpose.getValue(), purpose.getKey()));
            }
        }
    }
}
