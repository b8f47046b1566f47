package org.oxyalloc.api.page;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The pages speak Bahasa Indonesia unless the user picks English ({@code ?lang=en} on any page), which a cookie
 * remembers for a year. Numbers and dates follow the language: 1.234,5 t in Indonesian.
 */
@Configuration
class PageConfig implements WebMvcConfigurer {

    /** The languages the pages speak; another {@code lang} keeps the one in use. */
    static final Set<String> LANGUAGES = Set.of("id", "en");

    /** With the MVC configuration, so that every web slice that has the pages' model has their clock too. */
    @Bean
    TaskForceTime taskForceTime(@Value("${oxyalloc.time-zone}") ZoneId zone) {
        return new TaskForceTime(zone);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("oxyalloc-lang");
        resolver.setDefaultLocale(Locale.forLanguageTag("id"));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleResolver locales = localeResolver();
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String language = request.getParameter("lang");
                if (language != null && LANGUAGES.contains(language)) {
                    locales.setLocale(request, response, Locale.forLanguageTag(language));
                }
                return true;
            }
        }).excludePathPatterns("/api/**");
    }
}
