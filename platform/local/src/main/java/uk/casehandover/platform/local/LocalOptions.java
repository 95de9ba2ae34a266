package uk.casehandover.platform.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of the local platform. Every port has a flag; 0 means any free port.
 *
 * <p>Rule: an unknown flag, a missing value or a port outside 0..65535 is refused with a message naming the flag.
 */
record LocalOptions(Path dataDirectory, boolean fresh, boolean help, Map<String, Integer> ports) {

    static final String KAFKA = "--kafka-port";
    static final String KAFKA_CONTROLLER = "--kafka-controller-port";
    static final String POSTGRES = "--postgres-port";

    private static final Map<String, Integer> DEFAULT_PORTS = defaultPorts();

    private static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(KAFKA, 9092);
        ports.put(KAFKA_CONTROLLER, 9093);
        ports.put(POSTGRES, 15432);
        for (LocalService service : LocalServices.ALL) {
            ports.put(service.portFlag(), service.defaultPort());
        }
        return Map.copyOf(ports);
    }

    static LocalOptions parse(String... args) {
        Path dataDirectory = Path.of(".platform-data");
        boolean fresh = false;
        boolean help = false;
        Map<String, Integer> ports = new LinkedHashMap<>(DEFAULT_PORTS);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (flag) {
                case "--help", "-h" -> help = true;
                case "--fresh" -> fresh = true;
                case "--data-dir" -> {
                    String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : valueAfter(args, i++, flag);
                    if (value.isBlank()) {
                        throw new IllegalArgumentException("--data-dir needs a directory");
                    }
                    dataDirectory = Path.of(value);
                }
                default -> {
                    if (!ports.containsKey(flag)) {
                        throw new IllegalArgumentException("unknown option '" + arg + "' (try --help)");
                    }
                    String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : valueAfter(args, i++, flag);
                    ports.put(flag, port(flag, value));
                }
            }
        }
        return new LocalOptions(dataDirectory, fresh, help, Map.copyOf(ports));
    }

    int port(String flag) {
        return ports.get(flag);
    }

    private static String valueAfter(String[] args, int index, String flag) {
        if (index + 1 >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index + 1];
    }

    private static int port(String flag, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw new IllegalArgumentException(flag + " must be a port number from 0 to 65535 (0 = any free port) but was '" + value + "'");
    }

    static String usage() {
        List<String> lines = new ArrayList<>();
        lines.add("Usage: ./local-platform [options]");
        lines.add("Runs Kafka (KRaft), PostgreSQL, the schema registry and the agency services in one JVM on this machine.");
        lines.add("");
        lines.add("  --data-dir DIR              where state is kept across restarts (default .platform-data)");
        lines.add("  --fresh                     wipe the data directory before starting");
        lines.add("  --kafka-port N              Kafka bootstrap port (default 9092)");
        lines.add("  --kafka-controller-port N   Kafka KRaft controller port (default 9093)");
        lines.add("  --postgres-port N           PostgreSQL port (default 15432)");
        for (LocalService service : LocalServices.ALL) {
            lines.add(String.format("  %-27s %s HTTP port (default %d)", service.portFlag() + " N", service.title(), service.defaultPort()));
        }
        lines.add("  --help                      show this help");
        lines.add("");
        lines.add("A port of 0 picks any free port. Stop with Ctrl-C.");
        return String.join(System.lineSeparator(), lines);
    }
}
