package uk.casehandover.timeliness.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.casehandover.platform.test.HostileInput.Hostile;
import uk.casehandover.schemas.identifiers.Violation;
import uk.casehandover.timeliness.clock.ClockStatus;

/**
 * Issue 5 "Bad input" for the timeliness service's only input, the lists' query parameters (it has no request
 * bodies): every hostile string (injection, NUL and control characters, 10,000 characters, blanks) in every parameter,
 * and as a parameter's name, is refused naming the parameter, never echoing the value, and never with another
 * exception than the one its problem handler answers 400.
 */
class HostileParametersTest {

    static final Set<String> CLOCK_PARAMETERS = Set.of("forceCode", "cpsArea", "status", "limit");

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.casehandover.platform.test.HostileInput#strings")
    void everyParameterRefusesTheHostileStringNamingItselfWithoutEchoingIt(Hostile hostile) {
        for (String name : CLOCK_PARAMETERS) {
            InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                    () -> read(Map.of(name, new String[] {hostile.value()})));

            assertThat(refused).as(name).isNotNull();
            assertThat(refused.violations()).extracting(Violation::field).as(name).containsExactly(name);
            assertThat(refused.violations()).extracting(Violation::rule).as(name)
                    .noneMatch(rule -> hostile.value().length() >= 3 && rule.contains(hostile.value()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.casehandover.platform.test.HostileInput#strings")
    void aHostileParameterNameIsRefusedAsUnknown(Hostile hostile) {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> read(Map.of(hostile.value(), new String[] {"1"})));

        assertThat(refused).isNotNull();
        assertThat(refused.violations()).singleElement()
                .satisfies(v -> assertThat(v.rule()).startsWith("is not a parameter of this endpoint"));
    }

    private static void read(Map<String, String[]> given) {
        Parameters parameters = new Parameters(given, CLOCK_PARAMETERS);
        parameters.forceCode("forceCode");
        parameters.cpsArea("cpsArea");
        parameters.oneOf("status", ClockStatus.class);
        parameters.limit("limit");
        parameters.check();
    }
}
