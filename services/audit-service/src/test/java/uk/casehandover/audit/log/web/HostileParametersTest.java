package uk.casehandover.audit.log.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.casehandover.platform.test.HostileInput.Hostile;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * Issue 5 "Bad input" for the audit service's only input, its path variables and query parameters (it has no
 * request bodies): every hostile string (injection, NUL and control characters, 10,000 characters, blanks) as the
 * URN, an entry index or tree size, the agency and the instant is refused naming the parameter, never echoing the
 * value, and never with another exception than the one its problem handler answers 400.
 */
class HostileParametersTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.casehandover.platform.test.HostileInput#strings")
    void everyParameterRefusesTheHostileStringNamingItselfWithoutEchoingIt(Hostile hostile) {
        String value = hostile.value();
        Parameters parameters = new Parameters();
        parameters.urn(value);
        parameters.count("index", value, true);
        parameters.count("treeSize", value, true);
        parameters.agency(value);
        parameters.instant("at", value);

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, parameters::check);

        assertThat(refused).isNotNull();
        assertThat(refused.violations()).extracting(Violation::field)
                .contains("urn", "index", "treeSize", "agency", "at");
        assertThat(refused.violations()).extracting(Violation::rule)
                .noneMatch(rule -> value.length() >= 3 && rule.contains(value));
    }
}
