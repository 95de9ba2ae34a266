package uk.casehandover.victimdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.casehandover.victimdata.VictimPersonalData.CommunicationPreferences;
import uk.casehandover.victimdata.VictimPersonalData.Name;

class FieldCodecTest {

    @Test
    void everyPartRoundTripsIncludingAbsentOnesAndNonAsciiText() {
        VictimPersonalData data = VictimDataVaultIT.aVictim();
        assertThat(FieldCodec.decode(FieldCodec.encode(data))).usingRecursiveComparison().isEqualTo(data);

        VictimPersonalData sparse = new VictimPersonalData(new Name("Siân", null), null, null,
                new CommunicationPreferences(null, "cy", null, false, null));
        Map<VictimField, byte[]> fields = FieldCodec.encode(sparse);
        assertThat(fields).containsOnlyKeys(VictimField.NAME, VictimField.COMMUNICATION_PREFERENCES);
        assertThat(FieldCodec.decode(fields)).usingRecursiveComparison().isEqualTo(sparse);
    }
}
