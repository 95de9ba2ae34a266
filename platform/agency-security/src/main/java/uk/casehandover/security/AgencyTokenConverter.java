package uk.casehandover.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.jwt.Jwt;
import uk.casehandover.schemas.identifiers.CpsArea;
import uk.casehandover.schemas.identifiers.ForceCode;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * A validated JWT to an {@link AgencyPrincipal}. The claims are checked as the schemas check identifiers (force code,
 * CPS Area code, ISVA service id shape, staff id shape): a token whose claims break a rule is refused (401
 * invalid_token naming the claim and rule, never its value). Roles this platform does not know are ignored, so a
 * provider may put others in the same claim.
 */
public final class AgencyTokenConverter implements Converter<Jwt, AgencyAuthentication> {

    /** The shape of a staff id (a token's subject) in this platform's events. */
    public static final Pattern STAFF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** The shape of an ISVA service id, e.g. ISVA-SVC-0001. */
    public static final Pattern ISVA_SERVICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    private final AgencySecurityProperties.Claims names;

    public AgencyTokenConverter(AgencySecurityProperties.Claims names) {
        this.names = names;
    }

    @Override
    public AgencyAuthentication convert(Jwt jwt) {
        List<Violation> violations = new ArrayList<>();
        String subject = text(jwt, names.getSubject());
        if (subject == null || !STAFF_ID.matcher(subject).matches()) {
            violations.add(new Violation(names.getSubject(),
                    "must be a staff id of 1-64 letters, digits, '.', '_' or '-'"));
        }
        Set<AgencyRole> roles = roles(jwt, violations);
        Optional<ForceCode> force = optional(jwt, names.getForce(), violations,
                value -> ForceCode.validate(names.getForce(), value), value -> ForceCode.fromCode(value).orElseThrow());
        Optional<CpsArea> area = optional(jwt, names.getCpsArea(), violations,
                value -> CpsArea.validate(names.getCpsArea(), value), value -> CpsArea.fromCode(value).orElseThrow());
        Optional<String> isvaService = optional(jwt, names.getIsvaService(), violations,
                value -> ISVA_SERVICE_ID.matcher(value).matches() ? List.of()
                        : List.of(new Violation(names.getIsvaService(), "must be 1-64 letters, digits or hyphens")),
                Function.identity());
        if (!violations.isEmpty()) {
            throw new InvalidBearerTokenException("The token's claims break " + violations.size() + " rule(s): "
                    + String.join("; ", violations.stream().map(Violation::toString).toList()));
        }
        return new AgencyAuthentication(new AgencyPrincipal(subject, roles, force, area, isvaService), jwt);
    }

    private Set<AgencyRole> roles(Jwt jwt, List<Violation> violations) {
        Object claim = claim(jwt, names.getRoles());
        Set<AgencyRole> roles = EnumSet.noneOf(AgencyRole.class);
        if (claim == null) {
            return roles;
        }
        Collection<?> values = claim instanceof Collection<?> list ? list
                : claim instanceof String text ? List.of(text.split("[ ,]+")) : null;
        if (values == null) {
            violations.add(new Violation(names.getRoles(), "must be a list of role names"));
            return roles;
        }
        values.forEach(value -> AgencyRole.fromClaim(String.valueOf(value)).ifPresent(roles::add));
        return roles;
    }

    private <T> Optional<T> optional(Jwt jwt, String name, List<Violation> violations,
            Function<String, List<Violation>> validate, Function<String, T> parse) {
        String value = text(jwt, name);
        if (value == null) {
            return Optional.empty();
        }
        List<Violation> broken = validate.apply(value);
        violations.addAll(broken);
        return broken.isEmpty() ? Optional.of(parse.apply(value)) : Optional.empty();
    }

    private static String text(Jwt jwt, String name) {
        Object value = claim(jwt, name);
        return value == null ? null : String.valueOf(value);
    }

    /** A claim by name; a dotted name walks nested objects (e.g. {@code realm_access.roles}). */
    static Object claim(Jwt jwt, String name) {
        if (jwt.hasClaim(name)) {
            return jwt.getClaim(name);
        }
        Object current = jwt.getClaims();
        for (String part : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
