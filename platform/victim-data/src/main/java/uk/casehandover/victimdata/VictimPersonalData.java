package uk.casehandover.victimdata;

import java.time.LocalDate;

/**
 * A victim's personal data in the clear: special-category data (Data Protection Act 2018 Part 3). It exists only in
 * memory between a request and the vault, or between the vault and a response; every field is optional.
 * {@code toString()} never shows a value, so the record cannot leak into a log by accident.
 */
public record VictimPersonalData(Name name, LocalDate dateOfBirth, Contact contactDetails,
        CommunicationPreferences communicationPreferences) {

    public record Name(String given, String family) {
        @Override
        public String toString() {
            return "Name[redacted]";
        }
    }

    public record Contact(String telephone, String email, String postalAddress) {
        @Override
        public String toString() {
            return "Contact[redacted]";
        }
    }

    /** How and when the victim wants to be contacted, and whether a message may be left (a safety question). */
    public record CommunicationPreferences(PreferredMethod preferredMethod, String language,
            Boolean interpreterRequired, Boolean safeToLeaveMessage, String safeContactTimes) {
        @Override
        public String toString() {
            return "CommunicationPreferences[redacted]";
        }
    }

    public enum PreferredMethod { PHONE, EMAIL, LETTER, IN_PERSON }

    public boolean isEmpty() {
        return name == null && dateOfBirth == null && contactDetails == null && communicationPreferences == null;
    }

    @Override
    public String toString() {
        return "VictimPersonalData[redacted]";
    }
}
