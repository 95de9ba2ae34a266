package uk.casehandover.timeliness.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.casehandover.schemas.identifiers.CpsArea;
import uk.casehandover.schemas.identifiers.ForceCode;
import uk.casehandover.schemas.identifiers.Violation;

/** Reads and checks query parameters, collecting every violation before refusing. Messages never echo the value. */
final class Parameters {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final Map<String, String[]> given;
    private final List<Violation> violations = new ArrayList<>();

    Parameters(Map<String, String[]> given, Set<String> allowed) {
        this.given = given;
        given.keySet().stream().filter(name -> !allowed.contains(name)).sorted().forEach(name ->
                violations.add(new Violation(name, "is not a parameter of this endpoint; allowed: "
                        + allowed.stream().sorted().toList())));
        given.forEach((name, values) -> {
            if (allowed.contains(name) && values.length > 1) {
                violations.add(new Violation(name, "must be given once"));
            }
        });
    }

    private String text(String name) {
        String[] values = given.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    String forceCode(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        List<Violation> found = ForceCode.validate(name, value);
        violations.addAll(found);
        return found.isEmpty() ? value : null;
    }

    String cpsArea(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        List<Violation> found = CpsArea.validate(name, value);
        violations.addAll(found);
        return found.isEmpty() ? value : null;
    }

    <E extends Enum<E>> E oneOf(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElseGet(() -> {
                    violations.add(new Violation(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                            .map(Enum::name).collect(Collectors.joining(", "))));
                    return null;
                });
    }

    int limit(String name) {
        String value = text(name);
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        violations.add(new Violation(name, "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    /** @throws InvalidRequest naming every parameter that broke a rule */
    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
    }
}
