package uk.casehandover.platform.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** The packaged local platform run as a child process, as a user would run it, with its console captured. */
final class PlatformProcess implements AutoCloseable {

    private final Process process;
    private final long startedAt = System.nanoTime();
    private final StringBuffer console = new StringBuffer();

    private PlatformProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::capture, "local-platform-console");
        reader.setDaemon(true);
        reader.start();
    }

    static PlatformProcess launch(String... args) throws IOException {
        Path jar = Path.of(System.getProperty("local.platform.jar", "target/platform-local-0.1.0-SNAPSHOT.jar"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new PlatformProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void capture() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                console.append(line).append('\n');
            }
        } catch (IOException e) {
            console.append("[console closed: ").append(e.getMessage()).append("]\n");
        }
    }

    /** Waits for the ready line and returns how long it took from launching the command. */
    Duration awaitReady() {
        Awaitility.await("the ready line").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(50))
                .failFast("the platform exited before it was ready:\n" + console, () -> !process.isAlive())
                .until(() -> console.indexOf("Platform ready in") >= 0);
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** The value printed in the table row whose title is {@code row}, up to the first space. */
    String address(String row) {
        Matcher matcher = Pattern.compile("^  " + Pattern.quote(row) + "\\s+(\\S+)", Pattern.MULTILINE).matcher(console);
        if (!matcher.find()) {
            throw new AssertionError("no '" + row + "' row in the console:\n" + console);
        }
        return matcher.group(1);
    }

    /** Sends SIGTERM and waits for the process to end; returns its exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the platform did not stop within 60 s of SIGTERM:\n" + console);
        }
        return process.exitValue();
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the platform did not exit:\n" + console);
        }
        return process.exitValue();
    }

    String console() {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !process.isAlive());
        return console.toString();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
