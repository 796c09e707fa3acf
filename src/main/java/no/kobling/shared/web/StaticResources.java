package no.kobling.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static files, each folder under its own path (Spring Boot's catch-all {@code /**} mapping is switched off with
 * {@code spring.web.resources.add-mappings=false}).
 * <p>Why: with the WebJars locator on the classpath, every link a page renders ({@code @{/companies/42}}) passes through
 * the resource URL encoding, which asks each resource mapping whose pattern matches the link for a file of that name.
 * Under a catch-all mapping that is every link, a miss is never cached, and each miss searched the classpath (every
 * jar): in the load benchmark of 2026-12-07 that was 29 % of the server's CPU samples. With one mapping per folder only
 * links into these folders are looked up, and the resource chain caches what it found.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/").resourceChain(true);
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/").resourceChain(true);
        // versionless WebJars paths (/webjars/htmx.org/dist/htmx.min.js): the chain adds the WebJars locator's resolver
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }
}
