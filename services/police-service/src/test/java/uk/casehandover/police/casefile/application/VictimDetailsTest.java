package uk.casehandover.police.casefile.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import uk.casehandover.police.casefile.CaseCommand;
import uk.casehandover.police.casefile.CaseFact;
import uk.casehandover.police.casefile.HandoverLog;
import uk.casehandover.police.casefile.Handovers;
import uk.casehandover.police.casefile.Offence;
import uk.casehandover.police.casefile.PoliceCase;
import uk.casehandover.police.casefile.PoliceCases;
import uk.casehandover.police.casefile.PoliceContact;
import uk.casehandover.police.casefile.Stamper;
import uk.casehandover.victimdata.VictimDataVault;
import uk.casehandover.victimdata.VictimPersonalData;

/** A police service without a victim key store refuses victim details and stores nothing; without details it opens. */
class VictimDetailsTest {

    private final List<PoliceCase> stored = new ArrayList<>();
    private final CaseFileService service = new CaseFileService(new RecordingCases(), fact -> { },
            (HandoverLog) null, new Stamper(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC),
                    UUID::randomUUID),
            new VictimDetails(new DefaultListableBeanFactory().getBeanProvider(VictimDataVault.class)));

    @Test
    void refusesVictimDetailsWithoutAKeyStoreAndStoresNothing() {
        VictimPersonalData details = new VictimPersonalData(new VictimPersonalData.Name("Testa", "Synthetica"),
                null, null, null);

        assertThatThrownBy(() -> service.open(aCase("01ZD0304208"), details))
                .isInstanceOf(VictimDetails.KeyStoreUnavailableException.class)
                .hasMessageContaining("no victim key store configured").hasMessageNotContaining("Testa");
        assertThat(stored).isEmpty();
    }

    @Test
    void opensACaseWithoutVictimDetailsWithoutAKeyStore() {
        service.open(aCase("01ZD0304209"), null);

        assertThat(stored).singleElement().satisfies(c -> assertThat(c.snapshot().victimData()).isNull());
    }

    private static CaseCommand.OpenCase aCase(String urn) {
        return new CaseCommand.OpenCase(urn, List.of(new Offence("SX03001", "Synthetic", null, null)),
                List.of("98/1234567L"), "VICTIM-0001", true, new PoliceContact("Team", "01000 000000", null), null);
    }

    private final class RecordingCases implements PoliceCases {
        @Override
        public Optional<PoliceCase> find(String urn) {
            return stored.stream().filter(c -> c.urn().equals(urn)).findFirst();
        }

        @Override
        public void add(PoliceCase policeCase) {
            stored.add(policeCase);
        }

        @Override
        public void save(PoliceCase policeCase) {
        }
    }
}
