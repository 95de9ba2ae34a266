package uk.casehandover.cps.casefile.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileSubmitted;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.casehandover.common.v1.EncryptedPersonalData;
import uk.casehandover.cps.casefile.VictimOnFile;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.police.v1.Victim;
import uk.casehandover.victimdata.VictimField;

/** CPS keeps each victim's personal data exactly as sealed by the police: ciphertext and key id, field by field. */
class PoliceEventsTest {

    @Test
    void keepsEachVictimsCiphertextFieldByFieldUnderItsOneKey() {
        CaseFileSubmitted file = withVictims(Victim.newBuilder().setVictimId("VICTIM-0001")
                .setName(encrypted("vk-1", 1)).setContactDetails(encrypted("vk-1", 3)).build(),
                Victim.newBuilder().setVictimId("VICTIM-0002").build());

        List<VictimOnFile> victims = PoliceEvents.victims(file);

        assertThat(victims).hasSize(2);
        assertThat(victims.get(0).victimId()).isEqualTo("VICTIM-0001");
        assertThat(victims.get(0).sealed().keyId()).isEqualTo("vk-1");
        assertThat(victims.get(0).sealed().fields()).containsOnlyKeys(VictimField.NAME, VictimField.CONTACT_DETAILS);
        assertThat(victims.get(0).sealed().contactDetails()).containsExactly(3);
        assertThat(victims.get(1)).isEqualTo(new VictimOnFile("VICTIM-0002", null));
    }

    @Test
    void refusesAVictimWhoseFieldsNameDifferentKeys() {
        CaseFileSubmitted file = withVictims(Victim.newBuilder().setVictimId("VICTIM-0001")
                .setName(encrypted("vk-1", 1)).setDateOfBirth(encrypted("vk-2", 2)).build());

        assertThatThrownBy(() -> PoliceEvents.victims(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("victim VICTIM-0001: personal data fields under different keys");
    }

    private static CaseFileSubmitted withVictims(Victim... victims) {
        return CaseFileSubmitted.newBuilder(aCaseFileSubmitted().build()).setVictims(List.of(victims)).build();
    }

    private static EncryptedPersonalData encrypted(String keyId, int b) {
        return new EncryptedPersonalData(keyId, ByteBuffer.wrap(new byte[] {(byte) b}));
    }
}
