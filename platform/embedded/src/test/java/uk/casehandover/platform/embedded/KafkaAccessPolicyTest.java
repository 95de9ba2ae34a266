package uk.casehandover.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KafkaAccessPolicyTest {

    private static List<String> lines(ServicePrincipal principal) {
        return KafkaAccessPolicy.bindings(principal).stream().map(KafkaAccessPolicy::line).toList();
    }

    @Test
    void thePoliceWriteOnlyPoliceTopicsAndReadWhatIsSentToThem() {
        assertThat(lines(ServicePrincipal.POLICE))
                .contains("User:police WRITE TOPIC handover.police-to-cps", "User:police WRITE TOPIC handover.police-to-isva",
                        "User:police READ TOPIC handover.cps-to-police", "User:police READ TOPIC handover.isva-to-police",
                        "User:police READ GROUP police-service",
                        "User:police CREATE TOPIC handover.cps-to-police.police-service.dlt")
                .doesNotContain("User:police WRITE TOPIC handover.cps-to-police",
                        "User:police WRITE TOPIC handover.isva-to-police", "User:police READ TOPIC handover.police-to-cps");
    }

    @Test
    void theIsvaServiceReadsOnlyVictimUpdatesAndWritesOnlyItsAcknowledgements() {
        assertThat(lines(ServicePrincipal.ISVA)).containsExactly(
                "User:isva READ TOPIC handover.police-to-isva",
                "User:isva DESCRIBE TOPIC handover.police-to-isva",
                "User:isva WRITE TOPIC handover.isva-to-police",
                "User:isva DESCRIBE TOPIC handover.isva-to-police",
                "User:isva READ GROUP isva-service",
                "User:isva CREATE TOPIC handover.police-to-isva.isva-service.dlt",
                "User:isva WRITE TOPIC handover.police-to-isva.isva-service.dlt",
                "User:isva READ TOPIC handover.police-to-isva.isva-service.dlt",
                "User:isva DESCRIBE TOPIC handover.police-to-isva.isva-service.dlt");
    }

    @Test
    void theAuditorReadsEveryTopicAndWritesNothingWithoutAGroup() {
        assertThat(lines(ServicePrincipal.AUDITOR)).hasSize(12)
                .allMatch(line -> line.contains(" READ TOPIC ") || line.contains(" DESCRIBE TOPIC "));
    }

    @Test
    void rendersOneLinePerBindingAfterTwoCommentLines() {
        List<String> rendered = KafkaAccessPolicy.render().lines().toList();

        assertThat(rendered.subList(0, 2)).allMatch(line -> line.startsWith("#"));
        assertThat(rendered.subList(2, rendered.size()))
                .isEqualTo(KafkaAccessPolicy.bindings().stream().map(KafkaAccessPolicy::line).toList());
    }
}
