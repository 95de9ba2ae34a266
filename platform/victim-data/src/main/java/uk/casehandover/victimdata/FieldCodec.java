package uk.casehandover.victimdata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import uk.casehandover.victimdata.VictimPersonalData.CommunicationPreferences;
import uk.casehandover.victimdata.VictimPersonalData.Contact;
import uk.casehandover.victimdata.VictimPersonalData.Name;
import uk.casehandover.victimdata.VictimPersonalData.PreferredMethod;

/**
 * Each field's plaintext bytes, before encryption: a format version, then the field's parts as optional UTF-8
 * strings. Small and dependency-free, so the police and CPS read what the other wrote.
 */
final class FieldCodec {

    private static final int VERSION = 1;

    private FieldCodec() {
    }

    static Map<VictimField, byte[]> encode(VictimPersonalData data) {
        Map<VictimField, byte[]> fields = new EnumMap<>(VictimField.class);
        if (data.name() != null) {
            fields.put(VictimField.NAME, write(data.name().given(), data.name().family()));
        }
        if (data.dateOfBirth() != null) {
            fields.put(VictimField.DATE_OF_BIRTH, write(data.dateOfBirth().toString()));
        }
        if (data.contactDetails() != null) {
            Contact c = data.contactDetails();
            fields.put(VictimField.CONTACT_DETAILS, write(c.telephone(), c.email(), c.postalAddress()));
        }
        if (data.communicationPreferences() != null) {
            CommunicationPreferences p = data.communicationPreferences();
            fields.put(VictimField.COMMUNICATION_PREFERENCES, write(
                    p.preferredMethod() == null ? null : p.preferredMethod().name(), p.language(),
                    text(p.interpreterRequired()), text(p.safeToLeaveMessage()), p.safeContactTimes()));
        }
        return fields;
    }

    static VictimPersonalData decode(Map<VictimField, byte[]> fields) {
        String[] name = read(fields.get(VictimField.NAME), 2);
        String[] born = read(fields.get(VictimField.DATE_OF_BIRTH), 1);
        String[] contact = read(fields.get(VictimField.CONTACT_DETAILS), 3);
        String[] prefs = read(fields.get(VictimField.COMMUNICATION_PREFERENCES), 5);
        return new VictimPersonalData(
                name == null ? null : new Name(name[0], name[1]),
                born == null ? null : LocalDate.parse(born[0]),
                contact == null ? null : new Contact(contact[0], contact[1], contact[2]),
                prefs == null ? null : new CommunicationPreferences(
                        prefs[0] == null ? null : PreferredMethod.valueOf(prefs[0]), prefs[1], bool(prefs[2]),
                        bool(prefs[3]), prefs[4]));
    }

    private static byte[] write(String... parts) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            out.writeByte(parts.length);
            for (String part : parts) {
                out.writeBoolean(part != null);
                if (part != null) {
                    byte[] utf8 = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] read(byte[] plaintext, int expectedParts) {
        if (plaintext == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
            if (in.readByte() != VERSION || in.readByte() != expectedParts) {
                throw new VictimDataException("a victim data field is in an unknown format");
            }
            String[] parts = new String[expectedParts];
            for (int i = 0; i < expectedParts; i++) {
                if (in.readBoolean()) {
                    byte[] utf8 = in.readNBytes(in.readInt());
                    parts[i] = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return parts;
        } catch (IOException e) {
            throw new VictimDataException("a victim data field is truncated");
        }
    }

    private static String text(Boolean value) {
        return value == null ? null : value.toString();
    }

    private static Boolean bool(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }
}
