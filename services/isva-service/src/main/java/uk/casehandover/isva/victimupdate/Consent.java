package uk.casehandover.isva.victimupdate;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A victim's consent, in one case, to the police sharing victim-facing updates with one ISVA service.
 *
 * <p>Rules. The latest consent given states the scopes in full (it replaces the earlier ones); a withdrawal removes the
 * scopes it names, or every scope when it names none. An update is kept only while consent in the
 * {@link SharingScope#MILESTONES} scope is in force (an update is a milestone: without it there is nothing to show),
 * and only the parts the scopes in force allow are kept ({@link VictimUpdate#minimisedTo}).
 */
public record Consent(ConsentKey key, Set<SharingScope> scopes, Instant givenAt, Instant withdrawnAt) {

    public Consent {
        Objects.requireNonNull(key, "key");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** Before the police said anything about this victim and service. */
    public static Consent neverGiven(ConsentKey key) {
        return new Consent(key, Set.of(), null, null);
    }

    public Consent given(Set<SharingScope> grantedScopes, Instant at) {
        return new Consent(key, grantedScopes, at, null);
    }

    public Consent withdrawn(Set<SharingScope> withdrawnScopes, Instant at) {
        Set<SharingScope> remaining = scopes.isEmpty() ? EnumSet.noneOf(SharingScope.class) : EnumSet.copyOf(scopes);
        if (withdrawnScopes.isEmpty()) {
            remaining.clear();
        } else {
            remaining.removeAll(withdrawnScopes);
        }
        return new Consent(key, remaining, givenAt, at);
    }

    public boolean inForce() {
        return scopes.contains(SharingScope.MILESTONES);
    }

    public ConsentStatus status() {
        if (inForce()) {
            return ConsentStatus.IN_FORCE;
        }
        if (withdrawnAt != null) {
            return ConsentStatus.WITHDRAWN;
        }
        return givenAt != null ? ConsentStatus.GIVEN_WITHOUT_MILESTONES : ConsentStatus.NEVER_GIVEN;
    }

    /** Whether an update issued for this victim and service may be kept, and if so, what of it. */
    public UpdateDecision consider(VictimUpdate update) {
        if (!update.key().equals(key)) {
            throw new IllegalArgumentException("update is for another victim, case or service than this consent");
        }
        return switch (status()) {
            case IN_FORCE -> new UpdateDecision.Accepted(update.minimisedTo(scopes));
            case NEVER_GIVEN -> new UpdateDecision.Refused(RefusalReason.NO_CONSENT);
            case GIVEN_WITHOUT_MILESTONES -> new UpdateDecision.Refused(RefusalReason.MILESTONES_NOT_CONSENTED);
            case WITHDRAWN -> new UpdateDecision.Refused(RefusalReason.CONSENT_WITHDRAWN);
        };
    }
}
