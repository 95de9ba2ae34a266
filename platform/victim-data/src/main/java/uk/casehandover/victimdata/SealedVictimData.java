package uk.casehandover.victimdata;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * A victim's personal data as it is stored and sent: each field's ciphertext (null when the field was not given),
 * all under the victim's data key {@code keyId} (an id in the key store, not the key). Opaque without the key store.
 */
public record SealedVictimData(String keyId, byte[] name, byte[] dateOfBirth, byte[] contactDetails,
        byte[] communicationPreferences) {

    public SealedVictimData {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("keyId is required");
        }
    }

    /** Builds one from each field's ciphertext; a field absent from the map was not given. */
    public static SealedVictimData of(String keyId, Map<VictimField, byte[]> fields) {
        return new SealedVictimData(keyId, fields.get(VictimField.NAME), fields.get(VictimField.DATE_OF_BIRTH),
                fields.get(VictimField.CONTACT_DETAILS), fields.get(VictimField.COMMUNICATION_PREFERENCES));
    }

    /** The fields given, each with its ciphertext. */
    public Map<VictimField, byte[]> fields() {
        Map<VictimField, byte[]> fields = new EnumMap<>(VictimField.class);
        put(fields, VictimField.NAME, name);
        put(fields, VictimField.DATE_OF_BIRTH, dateOfBirth);
        put(fields, VictimField.CONTACT_DETAILS, contactDetails);
        put(fields, VictimField.COMMUNICATION_PREFERENCES, communicationPreferences);
        return fields;
    }

    private static void put(Map<VictimField, byte[]> fields, VictimField field, byte[] value) {
        if (value != null) {
            fields.put(field, value);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedVictimData o && keyId.equals(o.keyId) && Arrays.equals(name, o.name)
                && Arrays.equals(dateOfBirth, o.dateOfBirth) && Arrays.equals(contactDetails, o.contactDetails)
                && Arrays.equals(communicationPreferences, o.communicationPreferences);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode() * 31 + Arrays.hashCode(name);
    }

    @Override
    public String toString() {
        return "SealedVictimData[keyId=" + keyId + ", fields=" + fields().keySet() + "]";
    }
}
