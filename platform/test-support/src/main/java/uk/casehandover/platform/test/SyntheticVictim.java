package uk.casehandover.platform.test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A synthetic victim whose every personal value carries a tag unique to the run, so a search of topics, databases
 * or logs can only find this test's data. {@link #details()} is the police API's {@code victimDetails} object.
 */
public record SyntheticVictim(String id, String given, String family, String dateOfBirth, String telephone,
        String email, String address, String safeTimes) {

    public static SyntheticVictim make() {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        return new SyntheticVictim("VICTIM-" + UUID.randomUUID(), "Testa" + tag, "Synthetica" + tag, "1983-06-21",
                "07700 9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000)),
                "victim." + tag + "@example.invalid", tag + " Fictional Road, Nowhere NW0 0ZZ",
                "weekdays after 17:00 " + tag);
    }

    /** The {@code victimDetails} of a case-opening request. */
    public Map<String, Object> details() {
        return Map.of("name", Map.of("given", given, "family", family),
                "dateOfBirth", dateOfBirth,
                "contact", Map.of("telephone", telephone, "email", email, "postalAddress", address),
                "communicationPreferences", Map.of("preferredMethod", "EMAIL", "language", "Welsh",
                        "interpreterRequired", true, "safeToLeaveMessage", false, "safeContactTimes", safeTimes));
    }

    /** Each personal value as it was given: none may be found in plain text anywhere the platform keeps data. */
    public List<String> plaintext() {
        return List.of(given, family, dateOfBirth, telephone, email, address, safeTimes);
    }
}
