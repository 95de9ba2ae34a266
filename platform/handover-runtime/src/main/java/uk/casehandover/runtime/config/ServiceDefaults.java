package uk.casehandover.runtime.config;

import java.io.IOException;
import java.util.List;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.CompositePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertySourceFactory;

/**
 * Reads a service's defaults from a YAML file named after the service, for
 * {@code @PropertySource(value = "classpath:uk/casehandover/<service>/<service>.yml", factory = ServiceDefaults.class)}.
 *
 * <p>Rule: an agency service never ships {@code application.yml}. The local platform and the end-to-end tests run
 * every service on one classpath, where only one {@code application.yml} would be found and each service would take
 * another's settings. A {@code @PropertySource} is also the lowest-precedence source, so anything given on the
 * command line, in the environment or by a test still wins.
 */
public final class ServiceDefaults implements PropertySourceFactory {

    @Override
    public PropertySource<?> createPropertySource(String name, EncodedResource resource) throws IOException {
        String sourceName = name != null ? name : resource.getResource().getDescription();
        List<PropertySource<?>> documents = new YamlPropertySourceLoader().load(sourceName, resource.getResource());
        if (documents.size() == 1) {
            return documents.get(0);
        }
        CompositePropertySource composite = new CompositePropertySource(sourceName);
        documents.forEach(composite::addPropertySource);
        return composite;
    }
}
