package uk.casehandover.isva.access;

import java.util.Optional;

/**
 * Which ISVA service is asking, and which of its people: the service from the path ({@code isvaServiceId}), the
 * person from the bearer token's subject, both checked by {@link RequestingIsvaServiceResolver} against the token's
 * role and ISVA service claim.
 */
public record RequestingIsvaService(String isvaServiceId, Optional<String> actorId) {
}
