package no.kobling.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every test context that runs with the {@code elasticsearch} profile (see {@link TestProfiles}) at the test
 * node of {@link OpenSearchNode}, starting it on first use, with index names of the context's own
 * ({@link OpenSearchTestLayout}). Registered in {@code META-INF/spring.factories}; a context without that profile is
 * left alone.
 */
public class OpenSearchContextCustomizerFactory implements ContextCustomizerFactory {

    static final String PREFIX = "spring.jpa.properties.hibernate.search.";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** Stateless, so all contexts still share the cache as before; it reads the profiles of the merged config. */
    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (!Arrays.asList(config.getActiveProfiles()).contains(TestProfiles.ELASTICSEARCH)) {
                return;
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("opensearch-test-node", Map.of(
                    PREFIX + "backend.uris", OpenSearchNode.url(),
                    PREFIX + "backend.layout.strategy", "class:" + OpenSearchTestLayout.class.getName())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
