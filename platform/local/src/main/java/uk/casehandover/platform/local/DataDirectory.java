package uk.casehandover.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the local platform keeps its state.
 *
 * <p>Rule: {@code --fresh} wipes only a directory this platform created (it carries a marker file) or an empty one,
 * so a mistyped {@code --data-dir} can never delete someone's files.
 */
final class DataDirectory {

    static final String MARKER = ".local-platform";

    private DataDirectory() {
    }

    static Path prepare(Path directory, boolean fresh) {
        Path root = directory.toAbsolutePath().normalize();
        try {
            if (fresh && Files.exists(root)) {
                wipe(root);
            }
            if (Files.exists(root) && !Files.exists(root.resolve(MARKER)) && !isEmpty(root)) {
                throw new PlatformStartException("--data-dir " + root + " holds files that are not the platform's;"
                        + " choose an empty or new directory");
            }
            Files.createDirectories(root);
            if (!Files.exists(root.resolve(MARKER))) {
                Files.writeString(root.resolve(MARKER), "state of ./local-platform; delete this directory or run with --fresh to start over\n");
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the data directory " + root, e);
        }
    }

    private static void wipe(Path root) throws IOException {
        if (!Files.exists(root.resolve(MARKER)) && !isEmpty(root)) {
            throw new PlatformStartException("--fresh refuses to wipe " + root + ": it was not created by the local platform"
                    + " (no " + MARKER + " file)");
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
