package uk.casehandover.cps;

import java.io.IOException;
import java.util.List;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.CompositePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertySourceFactory;

/**
 * Reads the service's defaults from {@code uk/casehandover/cps/cps-service.yml}. An agency service ships no
 * {@code application.yml}: the local platform and the end-to-end tests run every service on one classpath.
 */
public final class CpsServiceDefaults implements PropertySourceFactory {

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
