package org.oxyalloc.api.user;

import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.text.Phrase;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' users page: every account, a form to create one, and per account its role, hospital, enabled
 * flag and a new password. Each action answers on the page, with what was done or why not.
 */
@PageController
class UserPages {

    private final UserService users;

    UserPages(UserService users) {
        this.users = users;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        return "users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
            @RequestParam(required = false) String boundTo,
            @RequestParam(defaultValue = "false") boolean unknownIdConfirmed, RedirectAttributes page) {
        return act(page, username, "created", () -> {
            if (!username.matches("^[A-Za-z0-9._-]{1,64}$")) {
                throw InvalidRequestException.of("username", username, Phrase.of("account.usernameFormat"));
            }
            String id = blankToNull(boundTo);
            users.create(new UserService.NewUser(username, password, role, role == Role.HOSPITAL ? id : null,
                    role == Role.SUPPLIER ? id : null, unknownIdConfirmed));
        });
    }

    /** One field, boundTo, names the hospital of a hospital user or the supplier of a supplier user. */
    @PostMapping("/admin/users/{username}")
    String change(@PathVariable String username, @RequestParam Role role,
            @RequestParam(required = false) String boundTo, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(defaultValue = "false") boolean unknownIdConfirmed, RedirectAttributes page) {
        String id = boundTo == null ? "" : boundTo;
        return act(page, username, "changed", () -> users.change(username, new UserService.UserChange(role,
                role == Role.HOSPITAL ? id : "", role == Role.SUPPLIER ? id : "", enabled, unknownIdConfirmed)));
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes page) {
        return act(page, username, "passwordReset", () -> users.resetPassword(username, password));
    }

    private static String act(RedirectAttributes page, String username, String done, Runnable action) {
        try {
            action.run();
            page.addFlashAttribute("done", done);
            page.addFlashAttribute("doneUser", username);
        } catch (InvalidRequestException e) {
            page.addFlashAttribute("userError", e.errors().get(0).sentence(LocaleContextHolder.getLocale()));
        } catch (ConflictException | NotFoundException e) {
            page.addFlashAttribute("userError", e.message(LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/users";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
