package uk.casehandover.registry.subjects;

import uk.casehandover.registry.errors.RegistryException;

/** A version as named in a path: a positive number, or "latest" (also written -1). Anything else is 42202. */
public record VersionSelector(int number) {

    private static final int LATEST = -1;

    public static VersionSelector parse(String text) {
        if ("latest".equalsIgnoreCase(text)) {
            return new VersionSelector(LATEST);
        }
        try {
            int number = Integer.parseInt(text);
            if (number == LATEST || number > 0) {
                return new VersionSelector(number);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RegistryException.invalidVersion(text);
    }

    public boolean latest() {
        return number == LATEST;
    }
}
