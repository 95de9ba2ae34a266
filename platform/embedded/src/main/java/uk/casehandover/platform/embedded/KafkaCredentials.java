package uk.casehandover.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The SCRAM passwords of the broker's users, kept in a directory: one file per user, named after it ({@code admin},
 * {@code police}, {@code cps}, ...), holding its password and readable by its owner only (0600), which is also how a
 * mounted secret looks to a service ({@code casehandover.kafka.credentials-directory}).
 *
 * <p>Rule: a password is generated at run time (32 bytes from {@link SecureRandom}, base64url), the first time the
 * directory is used, and kept from then on: the broker's data directory remembers the credentials it was given, so
 * they must outlive a restart. No password ever lives in the repository or in a log.
 */
public final class KafkaCredentials {

    /** The only SASL mechanism clients use. */
    public static final String MECHANISM = "SCRAM-SHA-512";
    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    private static final int PASSWORD_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final Map<String, String> passwords;

    private KafkaCredentials(Path directory, Map<String, String> passwords) {
        this.directory = directory;
        this.passwords = Map.copyOf(passwords);
    }

    /**
     * Reads the passwords of {@code admin} and of every {@link ServicePrincipal} from {@code directory}, generating and
     * writing (0600) those that are missing; creates the directory (0700) if needed.
     */
    public static KafkaCredentials loadOrCreate(Path directory) {
        Objects.requireNonNull(directory, "directory must not be null");
        Path absolute = directory.toAbsolutePath();
        try {
            createPrivateDirectory(absolute);
            Map<String, String> passwords = new LinkedHashMap<>();
            for (String user : users()) {
                passwords.put(user, readOrCreate(absolute.resolve(user)));
            }
            return new KafkaCredentials(absolute, passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the Kafka credentials in " + absolute, e);
        }
    }

    /** {@code admin}, then every service principal's name. */
    public static List<String> users() {
        List<String> users = new ArrayList<>();
        users.add(ServicePrincipal.ADMIN);
        for (ServicePrincipal principal : ServicePrincipal.values()) {
            users.add(principal.principalName());
        }
        return List.copyOf(users);
    }

    public Path directory() {
        return directory;
    }

    /** The password of a user ({@code admin} or a principal's name). */
    public String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no Kafka credentials for user " + user);
        }
        return password;
    }

    public String password(ServicePrincipal principal) {
        return password(principal.principalName());
    }

    /** The client settings that authenticate as {@code user}: security.protocol, sasl.mechanism, sasl.jaas.config. */
    public Map<String, Object> clientProperties(String user) {
        return scramClientProperties(user, password(user));
    }

    public Map<String, Object> clientProperties(ServicePrincipal principal) {
        return clientProperties(principal.principalName());
    }

    /** The client settings for any user name and password (a denial test uses a wrong one). */
    public static Map<String, Object> scramClientProperties(String user, String password) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("security.protocol", SECURITY_PROTOCOL);
        properties.put("sasl.mechanism", MECHANISM);
        properties.put("sasl.jaas.config", jaasConfig(user, password));
        return properties;
    }

    /** The JAAS line of Kafka's SCRAM login module for this user. */
    public static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /**
     * Writes a Kafka client {@code .properties} file (0600) that authenticates as {@code user}, for the CLI tools'
     * {@code --command-config} (and DeadLetterReplay's); the bootstrap servers are given to the tool separately.
     */
    public Path writeClientPropertiesFile(String user, Path file) {
        StringBuilder text = new StringBuilder("# Kafka client settings of user ").append(user)
                .append(" (generated; holds a password: keep it private)\n");
        clientProperties(user).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.deleteIfExists(file);
            createPrivateFile(file);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Kafka client settings " + file, e);
        }
    }

    public Path writeClientPropertiesFile(ServicePrincipal principal, Path file) {
        return writeClientPropertiesFile(principal.principalName(), file);
    }

    private static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("the Kafka password file " + file + " is empty");
            }
            return password;
        }
        String password = newPassword();
        try {
            createPrivateFile(file);
        } catch (FileAlreadyExistsException raced) {
            return readOrCreate(file);
        }
        Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return password;
    }

    static String newPassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void createPrivateDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (posix(directory.getParent())) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
    }

    static void createPrivateFile(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        } else {
            Files.createFile(file);
        }
    }

    private static boolean posix(Path near) {
        Path existing = near;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "KafkaCredentials[" + directory + ", users=" + passwords.keySet() + "]";
    }
}
