package uk.casehandover.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * The local platform's OIDC provider (Spring Authorization Server): issues signed JWT access tokens for the synthetic
 * {@link DemoUsers} and publishes its discovery document and JWK set, so the services validate tokens exactly as they
 * would against any production provider. A fresh RSA key is made at every start; nothing secret is in the repository.
 */
@SpringBootApplication
@PropertySource("classpath:uk/casehandover/identity/identity-provider.properties")
public class IdentityProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProviderApplication.class, args);
    }
}
