package uk.casehandover.victimdata;

/**
 * The victim's personal data, field by field. Each field is encrypted on its own, bound (as associated data) to the
 * victim and to its own name, so a ciphertext moved to another victim or another field does not decrypt.
 */
public enum VictimField {
    NAME("name"),
    DATE_OF_BIRTH("dateOfBirth"),
    CONTACT_DETAILS("contactDetails"),
    COMMUNICATION_PREFERENCES("communicationPreferences");

    private final String wireName;

    VictimField(String wireName) {
        this.wireName = wireName;
    }

    /** The field's name in the Avro contract ({@code police.v1.Victim}) and the JSON bodies. */
    public String wireName() {
        return wireName;
    }
}
