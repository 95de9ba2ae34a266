package uk.casehandover.platform.local;

import java.util.ArrayList;
import java.util.List;

/**
 * A Spring Boot service the local platform runs in-process: its short name (which gives the port flag
 * {@code --<name>-port}), the title shown in the table, its application class, its own database (null: none), default port and
 * any settings of its own ({@code key=value}, passed as command-line arguments).
 */
record LocalService(String name, String title, Class<?> application, String database, int defaultPort,
        List<String> settings) {

    LocalService(String name, String title, Class<?> application, String database, int defaultPort) {
        this(name, title, application, database, defaultPort, List.of());
    }

    /** The same service with more settings of its own. */
    LocalService withSettings(List<String> more) {
        List<String> all = new ArrayList<>(settings);
        all.addAll(more);
        return new LocalService(name, title, application, database, defaultPort, List.copyOf(all));
    }

    String portFlag() {
        return "--" + name + "-port";
    }
}
