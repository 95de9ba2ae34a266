package uk.casehandover.registry.subjects;

import uk.casehandover.registry.errors.RegistryException;

/** Rule: a subject name is 1 to {@value #MAX_LENGTH} characters with no control characters; else 42208. */
final class SubjectName {

    static final int MAX_LENGTH = 255;

    private SubjectName() {
    }

    static String require(String subject) {
        if (subject == null || subject.isEmpty()) {
            throw RegistryException.invalidSubject("subject must not be empty");
        }
        if (subject.length() > MAX_LENGTH) {
            throw RegistryException.invalidSubject("subject has " + subject.length() + " characters; at most "
                    + MAX_LENGTH + " are allowed");
        }
        if (subject.chars().anyMatch(Character::isISOControl)) {
            throw RegistryException.invalidSubject("subject must not contain control characters");
        }
        return subject;
    }
}
