package uk.casehandover.platform.embedded;

/** A component could not start because something else already listens on the port it was given. */
public final class PortInUseException extends IllegalStateException {

    private final String component;
    private final int port;

    public PortInUseException(String component, int port) {
        super(component + " " + port + " is already in use");
        this.component = component;
        this.port = port;
    }

    public String component() {
        return component;
    }

    public int port() {
        return port;
    }
}
