package org.oxyalloc.api.page;

import org.oxyalloc.api.user.Role;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sign-in form, and where each role lands after it: a hospital on its own quota, a supplier on its own deliveries,
 * everyone else on today's plans.
 */
@PageController
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        if (viewer != null && viewer.role() == Role.HOSPITAL) {
            return "redirect:" + UriComponentsBuilder.fromPath("/hospitals/{id}").buildAndExpand(viewer.hospitalId())
                    .encode().toUriString();
        }
        if (viewer != null && viewer.role() == Role.SUPPLIER) {
            return "redirect:" + UriComponentsBuilder.fromPath("/suppliers/{id}").buildAndExpand(viewer.supplierId())
                    .encode().toUriString();
        }
        return "redirect:/plans";
    }
}
