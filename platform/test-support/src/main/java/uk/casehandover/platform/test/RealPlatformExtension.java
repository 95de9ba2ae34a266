package uk.casehandover.platform.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects the {@link RealPlatform}, starting it on first use and keeping it in the root store, so every test class
 * in the JVM shares one broker, one database server and one registry; JUnit closes them when the run ends.
 */
public final class RealPlatformExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealPlatformExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RealPlatform.class;
    }

    @Override
    public RealPlatform resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedPlatform.class, key -> SharedPlatform.start(), SharedPlatform.class);
    }
}
