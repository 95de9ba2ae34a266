package uk.casehandover.schemas.compatibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * The schemas already released, one directory per record full name holding v1.avsc, v2.avsc, ... A released
 * version is never edited or deleted: producers and consumers in the field may still use it.
 */
public final class ReleasedSchemas {

    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.avsc");

    private final Path directory;

    public ReleasedSchemas(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** The released versions of a record, oldest first; empty when it was never released. */
    public List<ReleasedVersion> versions(String recordFullName) {
        Path recordDirectory = directory.resolve(recordFullName);
        if (!Files.isDirectory(recordDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(recordDirectory)) {
            return files.map(ReleasedSchemas::read)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparingInt(ReleasedVersion::version))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<ReleasedVersion> latest(String recordFullName) {
        List<ReleasedVersion> versions = versions(recordFullName);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The full names of every record that has at least one released version. */
    public List<String> recordNames() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a schema as the next version of its record and returns that version. */
    public ReleasedVersion release(Schema schema) {
        int next = latest(schema.getFullName()).map(ReleasedVersion::version).orElse(0) + 1;
        Path file = directory.resolve(schema.getFullName()).resolve("v" + next + ".avsc");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, schema.toString(true) + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReleasedVersion(next, schema);
    }

    private static Optional<ReleasedVersion> read(Path file) {
        Matcher matcher = VERSION_FILE.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Schema schema = new Schema.Parser().parse(Files.readString(file, StandardCharsets.UTF_8));
            return Optional.of(new ReleasedVersion(Integer.parseInt(matcher.group(1)), schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
