package no.kobling.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A confirmation after every successful save of a form page: when a signed-in page's POST answers with a redirect
 * (post-redirect-get) and the handler put no feedback of its own into the flash map, the flash attribute
 * {@value #ATTRIBUTE} carries the message key {@value #DEFAULT_KEY}; {@code fragments/flash.html} shows it with
 * {@code role="status"} on the page the user lands on. A handler may name its own message by adding the flash
 * attribute {@value #ATTRIBUTE} with a key. Handlers that already give feedback (a flash attribute such as
 * {@code saved} or {@code errorKey}, or a {@code saved} parameter in the target) are left alone, so a page never shows
 * two confirmations. Public forms ({@code /public/**}), the first-run setup and htmx requests are not touched.
 */
@Configuration(proxyBeanMethods = false)
class SaveConfirmation implements WebMvcConfigurer, HandlerInterceptor {

    static final String ATTRIBUTE = "confirmation";
    static final String DEFAULT_KEY = "clarity.flash.saved";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/**").excludePathPatterns("/public/**", "/api/**", "/setup/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        if (mav == null || !"POST".equalsIgnoreCase(request.getMethod()) || HtmxRequest.isHtmx(request)) {
            return;
        }
        String target = redirectTarget(mav);
        if (target == null || target.contains("?saved") || target.contains("&saved")) {
            return;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash != null && flash.isEmpty()) {
            flash.put(ATTRIBUTE, DEFAULT_KEY);
        }
    }

    private static String redirectTarget(ModelAndView mav) {
        String name = mav.getViewName();
        if (name != null) {
            return name.startsWith("redirect:") ? name.substring("redirect:".length()) : null;
        }
        View view = mav.getView();
        return view instanceof RedirectView redirect ? String.valueOf(redirect.getUrl()) : null;
    }
}
