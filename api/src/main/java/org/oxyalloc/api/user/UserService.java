package org.oxyalloc.api.user;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.InvalidRequestException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {

    /** A user to create; a hospital user names its hospital id, no one else does. */
    public record NewUser(@NotBlank @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$") String username,
            @NotNull @Size(min = 8, max = 200) String password, @NotNull Role role, String hospitalId) {
    }

    /** A user as others see it: no password hash. */
    public record UserView(String username, Role role, String hospitalId, OffsetDateTime createdAt, String createdBy) {
    }

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserService(UserRepository users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    public boolean isEmpty() {
        return users.isEmpty();
    }

    public List<UserView> list() {
        return users.findAll().stream().map(UserService::view).toList();
    }

    @Transactional
    public UserView create(NewUser user) {
        boolean hospital = user.role() == Role.HOSPITAL;
        if (hospital == (user.hospitalId() == null || user.hospitalId().isBlank())) {
            throw InvalidRequestException.of("hospitalId", user.hospitalId(),
                    "a hospital id is required for the role HOSPITAL and not allowed for other roles");
        }
        if (users.find(user.username()).isPresent()) {
            throw new ConflictException("user '" + user.username() + "' exists already");
        }
        UserAccount account = new UserAccount(user.username(), encoder.encode(user.password()), user.role(),
                hospital ? user.hospitalId() : null, OffsetDateTime.now(ZoneOffset.UTC), CurrentUser.name());
        users.insert(account);
        audit.record(null, "user-created", hospital
                ? Map.of("username", account.username(), "role", account.role(), "hospitalId", account.hospitalId())
                : Map.of("username", account.username(), "role", account.role()));
        return view(account);
    }

    private static UserView view(UserAccount account) {
        return new UserView(account.username(), account.role(), account.hospitalId(), account.createdAt(),
                account.createdBy());
    }
}
