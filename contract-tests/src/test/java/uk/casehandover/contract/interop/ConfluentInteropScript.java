package uk.casehandover.contract.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code contract-tests/interop/confluent-interop.js} (Confluent's official JavaScript client) with the system
 * {@code node}. A missing node or a missing {@code npm ci} fails the test with what to do, unless
 * {@code -Dinterop.skip=true} was given, which skips it.
 */
final class ConfluentInteropScript {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 60;

    private final Path directory;
    private final String node;

    private ConfluentInteropScript(Path directory, String node) {
        this.directory = directory;
        this.node = node;
    }

    static ConfluentInteropScript locate() {
        Assumptions.assumeFalse(Boolean.getBoolean("interop.skip"), "interop.skip=true: Confluent client interop skipped");
        Path directory = Path.of(System.getProperty("interop.dir", "interop")).toAbsolutePath();
        String node = System.getProperty("interop.node", "node");
        String version = nodeVersion(node);
        if (version == null) {
            throw new AssertionError("The Confluent client interop test needs Node.js: '" + node + "' could not be run."
                    + " Install node and npm (then `mvn verify` runs `npm ci` in contract-tests/interop), point"
                    + " -Dinterop.node at it, or skip with -Dinterop.skip=true");
        }
        if (!Files.isDirectory(directory.resolve("node_modules/@confluentinc/schemaregistry"))) {
            throw new AssertionError("Confluent's JavaScript client is not installed in " + directory
                    + ": run `npm ci` there (Maven does it in pre-integration-test), or skip with -Dinterop.skip=true");
        }
        return new ConfluentInteropScript(directory, node);
    }

    /** Runs one command of the script and returns the JSON it printed. */
    JsonNode run(String command, String... arguments) {
        return runWithInput(command, "", arguments);
    }

    /** Runs one command of the script with {@code input} on its standard input. */
    JsonNode runWithInput(String command, String input, String... arguments) {
        List<String> commandLine = new ArrayList<>(List.of(node, "confluent-interop.js", command));
        commandLine.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(commandLine).directory(directory.toFile()).start();
            CompletableFuture<String> stdout = readAsync(process.getInputStream());
            CompletableFuture<String> stderr = readAsync(process.getErrorStream());
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("confluent-interop.js " + command + " did not finish in " + TIMEOUT_SECONDS
                        + " s; stderr: " + stderr.getNow(""));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("confluent-interop.js " + command + " failed (exit " + process.exitValue()
                        + "): " + stderr.join());
            }
            return JSON.readTree(stdout.join());
        } catch (IOException e) {
            throw new AssertionError("Could not run confluent-interop.js " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running confluent-interop.js " + command, e);
        }
    }

    Path fixture(String name) {
        return directory.resolve("fixtures").resolve(name);
    }

    private static String nodeVersion(String node) {
        try {
            Process process = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static CompletableFuture<String> readAsync(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(unreadable: " + e.getMessage() + ")";
            }
        });
    }
}
