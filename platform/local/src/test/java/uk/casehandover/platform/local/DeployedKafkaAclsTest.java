package uk.casehandover.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.casehandover.platform.embedded.KafkaAccessPolicy;
import uk.casehandover.platform.embedded.ServicePrincipal;

/**
 * docker-compose and production give the broker its ACLs from deploy/kafka/ (create-principals-and-acls.sh); the
 * local platform and the tests from {@link KafkaAccessPolicy}. The two must be the same, or the same service would be
 * allowed one thing here and another in production.
 */
class DeployedKafkaAclsTest {

    private static final Path DEPLOY = Path.of("..", "..", "deploy", "kafka");

    @Test
    void theDeployedAclFileIsThePolicyOfTheLocalPlatform() throws Exception {
        assertThat(Files.readString(DEPLOY.resolve("acls.txt"), StandardCharsets.UTF_8)).isEqualTo(KafkaAccessPolicy.render());
    }

    @Test
    void theInfrastructureAclsGrantNothingToAServicePrincipalOrTheAdmin() throws Exception {
        List<String> principals = Files.readAllLines(DEPLOY.resolve("acls-infrastructure.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split(" ")[0])
                .distinct().toList();

        assertThat(principals).containsExactlyInAnyOrder("User:connect", "User:schema-registry");
        for (ServicePrincipal principal : ServicePrincipal.values()) {
            assertThat(principals).doesNotContain(principal.kafkaPrincipal());
        }
    }
}
