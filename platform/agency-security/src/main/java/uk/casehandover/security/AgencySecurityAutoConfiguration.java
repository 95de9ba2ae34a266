package uk.casehandover.security;

import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes a service an OAuth 2 resource server by dependency alone: every request needs a bearer JWT from the configured
 * issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}) except the open paths
 * (health, OpenAPI docs); the token becomes an {@link AgencyPrincipal}; {@code /api/**} admits only
 * {@code casehandover.security.api-roles}; 401/403 answer as problem+json and are logged without personal data; a body
 * over {@code casehandover.security.max-request-bytes} (512 KiB) is refused 413 problem+json before anything parses it.
 * Backs off when the application defines its own {@link SecurityFilterChain} (the identity provider does).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"})
@EnableConfigurationProperties(AgencySecurityProperties.class)
public class AgencySecurityAutoConfiguration {

    /** Also without a web server (a service started for its consumers alone), where its controllers still need it. */
    @Bean
    @ConditionalOnMissingBean
    AccessRefusals accessRefusals(BeanFactory beans) {
        return new AccessRefusals(beans);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(prefix = "casehandover.security", name = "enabled", havingValue = "true", matchIfMissing = true)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    static class ResourceServer {

        @Bean
        AccessRefusalProblems accessRefusalProblems(AccessRefusals refusals) {
            return new AccessRefusalProblems(refusals);
        }

        @Bean
        @ConditionalOnMissingBean(JwtDecoder.class)
        JwtDecoder agencyJwtDecoder(Environment environment, AgencySecurityProperties properties) {
            return AgencyJwtDecoders.fromConfiguration(environment, properties.getClockSkew());
        }

        @Bean
        SecurityFilterChain agencyResourceServer(HttpSecurity http, JwtDecoder decoder,
                AgencySecurityProperties properties, AccessRefusals refusals) throws Exception {
            ProblemResponses problems = new ProblemResponses(refusals);
            AgencyTokenConverter converter = new AgencyTokenConverter(properties.getClaims());
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers(properties.getOpenPaths().toArray(String[]::new)).permitAll()
                            .anyRequest().authenticated())
                    .oauth2ResourceServer(server -> server
                            .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                            .authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems))
                    .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems))
                    // a stateless bearer-token API: no session, no cookie, so no CSRF to defend against
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            return http.build();
        }

        /** Ahead of the security chain, so an oversized body is refused 413 before anything reads or parses it. */
        @Bean
        FilterRegistrationBean<RequestSizeLimitFilter> agencyRequestSizeLimit(AgencySecurityProperties properties) {
            FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                    new RequestSizeLimitFilter(properties.getMaxRequestBytes().toBytes()));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            registration.addUrlPatterns("/*");
            return registration;
        }

        /** A URL the security firewall refuses answers 400 problem+json, not the plain error page. */
        @Bean
        RequestRejectedHandler agencyRequestRejected() {
            return new FallbackProblems.Firewall();
        }

        /** Spring MVC's own refusals (404, 405, 415, 400) as problem+json, after the service's own handlers. */
        @Bean
        FallbackProblems.Mvc agencyFallbackProblems() {
            return new FallbackProblems.Mvc();
        }

        /** Strict JSON request bodies: unknown properties and values of the wrong JSON type are refused. */
        @Bean
        StrictJson agencyStrictJson() {
            return new StrictJson();
        }

        @Bean
        WebMvcConfigurer agencyApiRoles(AgencySecurityProperties properties) {
            List<AgencyRole> admitted = properties.getApiRoles();
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    if (!admitted.isEmpty()) {
                        registry.addInterceptor(new ApiRolesInterceptor(admitted)).addPathPatterns("/api/**");
                    }
                }
            };
        }
    }

    /** For an application that serves no case data but shares a classpath with the services (the schema registry). */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(prefix = "casehandover.security", name = "enabled", havingValue = "false")
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    static class Disabled {

        @Bean
        SecurityFilterChain openToAll(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable()).build();
        }

        /** No users: otherwise Spring Boot would make one with a generated password and log it. */
        @Bean
        @ConditionalOnMissingBean(UserDetailsService.class)
        UserDetailsService noUsers() {
            return new InMemoryUserDetailsManager();
        }
    }
}
