package uk.casehandover.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the agency principal and the token it came from. Authorities are ROLE_&lt;role&gt;. */
public final class AgencyAuthentication extends AbstractAuthenticationToken {

    private final AgencyPrincipal principal;
    private final transient Jwt token;

    public AgencyAuthentication(AgencyPrincipal principal, Jwt token) {
        super(principal.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.principal = principal;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public AgencyPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return principal.subject();
    }
}
