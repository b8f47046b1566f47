package org.oxyalloc.api.page;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every page's model names its viewer, for the menu, the same page in the other language, and the task force's clock
 * ({@code time}), for showing stored times in its zone.
 */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

    private final TaskForceTime time;

    PageModel(TaskForceTime time) {
        this.time = time;
    }

    @ModelAttribute("time")
    TaskForceTime time() {
        return time;
    }

    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        return Viewer.of(authentication);
    }

    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request, Locale locale) {
        String other = locale.getLanguage().equals("en") ? "id" : "en";
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", other).build().toUriString();
    }
}
