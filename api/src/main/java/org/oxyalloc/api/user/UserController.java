package org.oxyalloc.api.user;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, managed by administrators. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "users", description = "Accounts: create, change role or hospital, disable, reset a password")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @Operation(summary = "Every user, with role, hospital, whether enabled, and who created and last changed it")
    @GetMapping
    List<UserService.UserView> list() {
        return users.list();
    }

    @Operation(summary = "Create a user (201); a HOSPITAL user names its hospital id")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserService.UserView create(@Valid @RequestBody UserService.NewUser user) {
        return users.create(user);
    }

    @Operation(summary = "Change a user's role, hospital id or enabled flag (the fields given); a disabled user "
            + "cannot sign in. The last enabled administrator cannot be disabled or lose the role (409)")
    @PatchMapping("/{username}")
    UserService.UserView change(@PathVariable String username, @RequestBody UserService.UserChange change) {
        return users.change(username, change);
    }

    /** The signed-in user's own password change: the current one and the new one. */
    record OwnPassword(String currentPassword, String password) {
    }

    @Operation(summary = "Change your own password (204): the current one, then the new one")
    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(@RequestBody OwnPassword change) {
        users.changeOwnPassword(CurrentUser.name(), change.currentPassword(), change.password());
    }

    @Operation(summary = "Give a user a new password (204); the old one stops working at once")
    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @Valid @RequestBody UserService.NewPassword password) {
        users.resetPassword(username, password.password());
    }
}
