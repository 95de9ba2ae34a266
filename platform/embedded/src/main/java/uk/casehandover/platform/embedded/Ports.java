package uk.casehandover.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks shared by the embedded components: a taken port is reported by name before anything starts. */
public final class Ports {

    private Ports() {
    }

    static void requireValid(String name, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535 but was " + port);
        }
    }

    /** A port nobody listens on right now (0 would leave the choice to the server, which then cannot tell us). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    static int freeOtherThan(int taken) {
        int port = free();
        while (port == taken) {
            port = free();
        }
        return port;
    }

    /** Whether a server could bind {@code port} on the loopback interface now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message naming the port and its purpose if it is taken. */
    public static void requireFree(String name, int port) {
        if (!isFree(port)) {
            throw new PortInUseException(name, port);
        }
    }
}
