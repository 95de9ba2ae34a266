package uk.casehandover.registry.subjects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.casehandover.registry.compatibility.CompatibilityChecker;
import uk.casehandover.registry.compatibility.CompatibilityChecker.Earlier;
import uk.casehandover.registry.compatibility.CompatibilityLevel;
import uk.casehandover.registry.config.CompatibilityConfig;
import uk.casehandover.registry.errors.RegistryException;
import uk.casehandover.registry.schema.AvroSchemaParser;
import uk.casehandover.registry.schema.ParsedSchema;
import uk.casehandover.registry.schema.SchemaSubmission;

/**
 * Subjects and their versions, with Confluent's semantics.
 *
 * <p>Rules: one global id per distinct canonical schema, shared by every subject that registers it; registering a
 * schema that is already a live version of the subject answers its id and adds no version; a new version must be
 * compatible, under the subject's level, with the live versions; versions count from 1 and are never reused while
 * any version of the subject remains, even soft-deleted; a soft delete hides, and only what was soft-deleted may be
 * deleted permanently.
 */
public final class SchemaRegistry {

    private final SchemaStore store;
    private final CompatibilityConfig config;
    private final AvroSchemaParser parser;
    private final CompatibilityChecker checker;

    public SchemaRegistry(SchemaStore store, CompatibilityConfig config, AvroSchemaParser parser,
            CompatibilityChecker checker) {
        this.store = store;
        this.config = config;
        this.parser = parser;
        this.checker = checker;
    }

    /** Registers the schema under the subject and answers its global id; 409 when incompatible. */
    public int register(String subject, SchemaSubmission submission, boolean normalize) {
        SubjectName.require(subject);
        ParsedSchema parsed = parser.parse(submission, normalize);
        return store.atomically(() -> {
            List<SubjectVersion> all = store.versions(subject);
            Optional<Integer> existingId = store.schemaIdByFingerprint(parsed.fingerprint());
            if (existingId.isPresent() && live(all).stream().anyMatch(v -> v.schemaId() == existingId.get())) {
                return existingId.get();
            }
            List<String> problems = checker.check(parsed.schema(), earlierNewestFirst(live(all)),
                    config.effective(subject));
            if (!problems.isEmpty()) {
                throw RegistryException.incompatibleSchema(subject, problems);
            }
            int id = existingId.orElseGet(() ->
                    store.insertSchema(ParsedSchema.TYPE, parsed.canonical(), parsed.fingerprint()));
            int version = all.isEmpty() ? 1 : all.get(all.size() - 1).version() + 1;
            store.addVersion(new SubjectVersion(subject, version, id, false));
            return id;
        });
    }

    /** Finds the version of the subject that holds this schema; 40401 or 40403 when there is none. */
    public RegisteredSchema lookup(String subject, SchemaSubmission submission, boolean normalize,
            boolean includeDeleted) {
        ParsedSchema parsed = parser.parse(submission, normalize);
        List<SubjectVersion> visible = visibleVersions(subject, includeDeleted);
        Optional<Integer> id = store.schemaIdByFingerprint(parsed.fingerprint());
        return visible.stream()
                .filter(v -> id.isPresent() && v.schemaId() == id.get())
                .reduce((first, second) -> second)
                .map(this::registered)
                .orElseThrow(RegistryException::schemaNotFound);
    }

    /** A schema by global id, while any version of any subject (soft-deleted included) still uses it. */
    public StoredSchema schemaById(int id) {
        Optional<StoredSchema> schema = store.schemaById(id);
        if (schema.isEmpty() || store.versionsUsing(id).isEmpty()) {
            throw RegistryException.schemaNotFound(id);
        }
        return schema.get();
    }

    public List<SubjectVersion> versionsUsing(int id, boolean includeDeleted) {
        schemaById(id);
        return store.versionsUsing(id).stream().filter(v -> includeDeleted || !v.deleted()).toList();
    }

    public List<String> subjectsUsing(int id, boolean includeDeleted) {
        return versionsUsing(id, includeDeleted).stream().map(SubjectVersion::subject).distinct().sorted().toList();
    }

    public List<String> subjects(String prefix, boolean includeDeleted) {
        return store.subjects(includeDeleted).stream()
                .filter(s -> prefix == null || s.startsWith(prefix))
                .toList();
    }

    public List<Integer> versions(String subject, boolean includeDeleted) {
        return visibleVersions(subject, includeDeleted).stream().map(SubjectVersion::version).toList();
    }

    public RegisteredSchema version(String subject, String version, boolean includeDeleted) {
        return registered(find(visibleVersions(subject, includeDeleted), VersionSelector.parse(version)));
    }

    /** Soft-deletes every live version (and the subject's own compatibility level), or permanently removes all. */
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        return store.atomically(() -> {
            List<SubjectVersion> all = store.versions(subject);
            if (all.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            List<SubjectVersion> live = live(all);
            if (permanent) {
                if (!live.isEmpty()) {
                    throw RegistryException.subjectNotSoftDeleted(subject);
                }
                all.forEach(v -> store.remove(subject, v.version()));
                return all.stream().map(SubjectVersion::version).toList();
            }
            if (live.isEmpty()) {
                throw RegistryException.subjectSoftDeleted(subject);
            }
            live.forEach(v -> store.markDeleted(subject, v.version()));
            config.forgetSubject(subject);
            return live.stream().map(SubjectVersion::version).toList();
        });
    }

    /** Soft-deletes a live version, or permanently removes a soft-deleted one; answers its number. */
    public int deleteVersion(String subject, String version, boolean permanent) {
        VersionSelector selector = VersionSelector.parse(version);
        return store.atomically(() -> {
            boolean onlyLive = selector.latest() && !permanent;
            SubjectVersion target = find(visibleVersions(subject, !onlyLive), selector);
            if (permanent && !target.deleted()) {
                throw RegistryException.versionNotSoftDeleted(subject, target.version());
            }
            if (!permanent && target.deleted()) {
                throw RegistryException.versionSoftDeleted(subject, target.version());
            }
            if (permanent) {
                store.remove(subject, target.version());
            } else {
                store.markDeleted(subject, target.version());
            }
            return target.version();
        });
    }

    /**
     * Checks a schema without registering it: against the given version, or (version null) against the versions the
     * subject's level names; answers the incompatibilities, none meaning compatible.
     */
    public List<String> checkCompatibility(String subject, String version, SchemaSubmission submission,
            boolean normalize) {
        ParsedSchema parsed = parser.parse(submission, normalize);
        CompatibilityLevel level = config.effective(subject);
        List<SubjectVersion> live = live(store.versions(subject));
        if (version == null) {
            return checker.check(parsed.schema(), earlierNewestFirst(live), level);
        }
        VersionSelector selector = VersionSelector.parse(version);
        if (selector.latest() && live.isEmpty()) {
            return List.of();
        }
        SubjectVersion against = find(visibleVersions(subject, false), selector);
        return checker.check(parsed.schema(), earlierNewestFirst(List.of(against)), level);
    }

    private List<SubjectVersion> visibleVersions(String subject, boolean includeDeleted) {
        List<SubjectVersion> all = store.versions(subject);
        List<SubjectVersion> visible = includeDeleted ? all : live(all);
        if (visible.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return visible;
    }

    private static SubjectVersion find(List<SubjectVersion> versions, VersionSelector selector) {
        if (selector.latest()) {
            return versions.get(versions.size() - 1);
        }
        return versions.stream()
                .filter(v -> v.version() == selector.number())
                .findFirst()
                .orElseThrow(() -> RegistryException.versionNotFound(selector.number()));
    }

    private static List<SubjectVersion> live(List<SubjectVersion> all) {
        return all.stream().filter(v -> !v.deleted()).toList();
    }

    private List<Earlier> earlierNewestFirst(List<SubjectVersion> versions) {
        List<Earlier> earlier = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            SubjectVersion v = versions.get(i);
            earlier.add(new Earlier(v.version(), parser.parseStored(stored(v.schemaId()).schema())));
        }
        return earlier;
    }

    private RegisteredSchema registered(SubjectVersion version) {
        StoredSchema schema = stored(version.schemaId());
        return new RegisteredSchema(version.subject(), version.version(), schema.id(), schema.schemaType(),
                schema.schema());
    }

    private StoredSchema stored(int id) {
        return store.schemaById(id).orElseThrow(() -> RegistryException.schemaNotFound(id));
    }
}
