package uk.casehandover.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A second test class in the same JVM: it must get the platform the first one started, not a new one. */
@RealPlatformTest
class SecondRealPlatformClassIT {

    @Test
    void reusesThePlatformStartedForAnyOtherClassInTheJvm(RealPlatform platform) {
        assertThat(platform.bootstrapServers()).isNotBlank();

        assertThat(SharedPlatform.starts()).isEqualTo(1);
    }
}
