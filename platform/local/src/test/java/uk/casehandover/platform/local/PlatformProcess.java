package uk.casehandover.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * The packaged local platform run as a child process, as a user would run it. Its console goes to a file, which,
 * unlike a pipe, keeps the last lines written while the process exits.
 */
final class PlatformProcess implements AutoCloseable {

    private final Process process;
    private final Path consoleFile;
    private final long startedAt;

    private PlatformProcess(Process process, Path consoleFile, long startedAt) {
        this.process = process;
        this.consoleFile = consoleFile;
        this.startedAt = startedAt;
    }

    static PlatformProcess launch(String... args) throws IOException {
        Path jar = Path.of(System.getProperty("local.platform.jar", "target/platform-local-0.1.0-SNAPSHOT.jar"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path consoleFile = Files.createTempFile("local-platform-", ".log");
        long startedAt = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(consoleFile.toFile()).start();
        return new PlatformProcess(process, consoleFile, startedAt);
    }

    /** Waits for the ready line and returns how long it took from launching the command. */
    Duration awaitReady() {
        Awaitility.await("the ready line").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(50))
                .failFast(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the platform exited before it was ready:\n" + console());
                    }
                })
                .until(() -> console().contains("Platform ready in"));
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** The value printed in the table row whose title is {@code row}, up to the first space. */
    String address(String row) {
        Matcher matcher = Pattern.compile("^  " + Pattern.quote(row) + "\\s+(\\S+)", Pattern.MULTILINE).matcher(console());
        if (!matcher.find()) {
            throw new AssertionError("no '" + row + "' row in the console:\n" + console());
        }
        return matcher.group(1);
    }

    /** Sends SIGTERM and waits for the process to end; returns its exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the platform did not exit within 60 s:\n" + console());
        }
        return process.exitValue();
    }

    String console() {
        try {
            return Files.readString(consoleFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(consoleFile);
    }
}
