package org.oxyalloc.api.user;

import jakarta.servlet.http.HttpServletRequest;
import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.api.web.TooManyAttemptsException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's own account page: who they are, and a new password after the current one. */
@PageController
class AccountPages {

    private final UserService users;

    AccountPages(UserService users) {
        this.users = users;
    }

    @GetMapping("/account")
    String account() {
        return "account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String password, HttpServletRequest request, RedirectAttributes page) {
        try {
            users.changeOwnPassword(CurrentUser.name(), currentPassword, password);
        } catch (InvalidRequestException e) {
            page.addFlashAttribute("passwordError", e.errors().get(0).message(LocaleContextHolder.getLocale()));
            return "redirect:/account";
        } catch (TooManyAttemptsException e) {
            page.addFlashAttribute("passwordError", e.message(LocaleContextHolder.getLocale()));
            return "redirect:/account";
        }
        // A new password ends every session of the user, this one too: sign in again with it.
        request.getSession().invalidate();
        return "redirect:/login?passwordChanged";
    }
}
