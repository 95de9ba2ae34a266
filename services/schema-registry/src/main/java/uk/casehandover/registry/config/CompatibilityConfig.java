package uk.casehandover.registry.config;

import java.util.Optional;
import uk.casehandover.registry.compatibility.CompatibilityLevel;
import uk.casehandover.registry.errors.RegistryException;

/**
 * The compatibility level in force for a subject.
 *
 * <p>Rule: a subject's own level wins; without one the global level applies; without a global level, the
 * configured default (BACKWARD unless configured, as in Confluent's {@code schema.compatibility.level}).
 * Deleting the global level restores the default; deleting a subject level that was never set is error 40408.
 */
public final class CompatibilityConfig {

    /** The scope of the global setting; never a valid subject name, as subjects are not empty. */
    public static final String GLOBAL = "";

    private final ConfigStore store;
    private final CompatibilityLevel defaultLevel;

    public CompatibilityConfig(ConfigStore store) {
        this(store, CompatibilityLevel.DEFAULT);
    }

    public CompatibilityConfig(ConfigStore store, CompatibilityLevel defaultLevel) {
        this.store = store;
        this.defaultLevel = defaultLevel;
    }

    public CompatibilityLevel global() {
        return store.level(GLOBAL).orElse(defaultLevel);
    }

    public Optional<CompatibilityLevel> ofSubject(String subject) {
        return store.level(subject);
    }

    public CompatibilityLevel effective(String subject) {
        return ofSubject(subject).orElseGet(this::global);
    }

    /** The subject's own level, or the global one when asked to fall back; else error 40408. */
    public CompatibilityLevel ofSubject(String subject, boolean defaultToGlobal) {
        Optional<CompatibilityLevel> own = ofSubject(subject);
        if (own.isPresent()) {
            return own.get();
        }
        if (defaultToGlobal) {
            return global();
        }
        throw RegistryException.subjectCompatibilityNotConfigured(subject);
    }

    public void setGlobal(CompatibilityLevel level) {
        store.put(GLOBAL, level);
    }

    public void setSubject(String subject, CompatibilityLevel level) {
        store.put(subject, level);
    }

    /** Restores the default global level and answers the level that was in force. */
    public CompatibilityLevel resetGlobal() {
        CompatibilityLevel previous = global();
        store.remove(GLOBAL);
        return previous;
    }

    /** Removes the subject's own level and answers it. */
    public CompatibilityLevel deleteSubject(String subject) {
        CompatibilityLevel previous = ofSubject(subject, false);
        store.remove(subject);
        return previous;
    }

    /** Removes the subject's own level, if any, without answering it. */
    public void forgetSubject(String subject) {
        store.remove(subject);
    }
}
