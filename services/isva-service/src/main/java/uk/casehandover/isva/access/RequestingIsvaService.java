package uk.casehandover.isva.access;

import java.util.Optional;

/**
 * Which ISVA service is asking, and which of its people. Today read from the path ({@code isvaServiceId}) and the
 * {@code X-Actor-Id} header by {@link RequestingIsvaServiceResolver}; a security layer will take both from token
 * claims by replacing that one resolver.
 */
public record RequestingIsvaService(String isvaServiceId, Optional<String> actorId) {
}
