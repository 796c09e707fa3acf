package no.kobling.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import no.kobling.shared.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every form anyone may post without signing in (every POST under {@code /public/**}) counts against the client's
 * address: {@code kobling.public-forms.per-address} posts (default 10) per {@code kobling.public-forms.address-window}
 * (default 10 minutes), counted in the database so the limit holds across nodes. Beyond it the post answers 429
 * with a page in the user's language. Posts to a survey response's own resume link ({@code /public/surveys/r/**})
 * do not count: they continue one response that a counted post started. The address is the request's remote address: behind a proxy set
 * {@code server.forward-headers-strategy} so it is the client's, never a header the client chose.
 */
@Configuration(proxyBeanMethods = false)
class PublicFormLimits implements WebMvcConfigurer, HandlerInterceptor {

    private final RateLimiter limiter;
    private final int perAddress;
    private final Duration window;

    PublicFormLimits(RateLimiter limiter, @Value("${kobling.public-forms.per-address:10}") int perAddress,
            @Value("${kobling.public-forms.address-window:10m}") Duration window) {
        this.limiter = limiter;
        this.perAddress = perAddress;
        this.window = window;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // a survey answer continued through its resume link (the second and later pages of one response, pause,
        // back) does not count: the link already names one response, and a long survey would otherwise lock its
        // respondent (or an office behind one address) out halfway; starting a response still counts
        registry.addInterceptor(this).addPathPatterns("/public/**").excludePathPatterns("/public/surveys/r/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            limiter.acquire("public-address:" + request.getRemoteAddr(), perAddress, window,
                    "public-form-rate-limited", "error.public-form-rate-limited");
        }
        return true;
    }
}
