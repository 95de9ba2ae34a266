package uk.casehandover.platform.local;

/**
 * A Spring Boot service the local platform runs in-process: its short name (which gives the port flag
 * {@code --<name>-port}), the title shown in the table, its application class, its own database and default port.
 */
record LocalService(String name, String title, Class<?> application, String database, int defaultPort) {

    String portFlag() {
        return "--" + name + "-port";
    }
}
