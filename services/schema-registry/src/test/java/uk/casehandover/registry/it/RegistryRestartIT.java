package uk.casehandover.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casehandover.registry.fixtures.Schemas.aRecord;
import static uk.casehandover.registry.it.RunningRegistry.body;

import java.nio.file.Path;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casehandover.platform.embedded.EmbeddedPostgres;

/** Ids, versions and settings are durable: they survive a restart of the registry and of its database. */
class RegistryRestartIT {

    @TempDir
    Path dataDirectory;

    @Test
    void idsVersionsAndConfigSurviveARestartOfRegistryAndDatabase() {
        String caseFile = aRecord("CaseFileSubmitted").withString("urn").json();
        String caseFileV2 = aRecord("CaseFileSubmitted").withString("urn").withOptionalString("unit").json();
        String decision = aRecord("ChargingDecisionMade").withString("urn").json();
        int caseFileId;
        int caseFileV2Id;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0);
                RunningRegistry registry = RunningRegistry.start(postgres, "registry_restart")) {
            caseFileId = registry.register("police-to-cps-value", caseFile);
            caseFileV2Id = registry.register("police-to-cps-value", caseFileV2);
            registry.put("/config/police-to-cps-value", body(Map.of("compatibility", "FULL")));
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0);
                RunningRegistry registry = RunningRegistry.start(postgres, "registry_restart")) {
            int sameAgain = registry.register("police-to-cps-value", caseFile);
            int decisionId = registry.register("cps-to-police-value", decision);

            assertThat(sameAgain).isEqualTo(caseFileId);
            assertThat(new Schema.Parser().parse(registry.get("/schemas/ids/" + caseFileV2Id + "/schema").body()))
                    .isEqualTo(new Schema.Parser().parse(caseFileV2));
            assertThat(registry.get("/subjects/police-to-cps-value/versions").body()).isEqualTo("[1,2]");
            assertThat(decisionId).isGreaterThan(caseFileV2Id);
            assertThat(registry.get("/config/police-to-cps-value").body())
                    .isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
        }
    }
}
