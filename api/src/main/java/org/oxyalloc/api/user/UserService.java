package org.oxyalloc.api.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.text.Phrase;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: created, changed (role, hospital, enabled) and given a new password by administrators, every change in
 * the audit trail. Users are disabled, never deleted, so that the trail keeps naming them; the last enabled
 * administrator cannot be disabled or lose the role, so that someone can always manage the others.
 */
@Service
public class UserService {

    /** The shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Passwords too common to accept, from a list shipped with the service (see the file's head for its sources). */
    private static final Set<String> COMMON_PASSWORDS = commonPasswords();

    /** A user to create; a hospital user names its hospital id, no one else does. */
    public record NewUser(@NotBlank @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$") String username,
            @NotNull @Size(min = MIN_PASSWORD_LENGTH, max = 200) String password, @NotNull Role role, String hospitalId) {
    }

    /** A change to a user: the fields given change, the others stay. */
    public record UserChange(Role role, String hospitalId, Boolean enabled) {
    }

    /** A new password. */
    public record NewPassword(@NotNull @Size(min = MIN_PASSWORD_LENGTH, max = 200) String password) {
    }

    /** A user as others see it: no password hash. */
    public record UserView(String username, Role role, String hospitalId, boolean enabled, OffsetDateTime createdAt,
            String createdBy, OffsetDateTime updatedAt, String updatedBy) {
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
        if (user.username().equalsIgnoreCase("me")) {
            throw InvalidRequestException.of("username", user.username(), Phrase.of("account.reservedName"));
        }
        requireHospitalIdFits(user.role(), user.hospitalId());
        requireStrong("password", user.password(), user.username());
        if (users.find(user.username()).isPresent()) {
            throw new ConflictException(Phrase.of("conflict.userExists", user.username()));
        }
        boolean hospital = user.role() == Role.HOSPITAL;
        UserAccount account = new UserAccount(user.username(), encoder.encode(user.password()), user.role(),
                hospital ? user.hospitalId().strip() : null, true, OffsetDateTime.now(ZoneOffset.UTC), CurrentUser.name(),
                null, null);
        users.insert(account);
        audit.record(null, "user-created", hospital
                ? Map.of("username", account.username(), "role", account.role(), "hospitalId", account.hospitalId())
                : Map.of("username", account.username(), "role", account.role()));
        return view(account);
    }

    /** Changes a user's role, hospital or enabled flag; a hospital id is kept only for the role HOSPITAL. */
    @Transactional
    public UserView change(String username, UserChange change) {
        UserAccount old = get(username);
        Role role = change.role() == null ? old.role() : change.role();
        String hospitalId = change.hospitalId() != null ? change.hospitalId().strip()
                : role == Role.HOSPITAL ? old.hospitalId() : null;
        if (hospitalId != null && hospitalId.isEmpty()) {
            hospitalId = null;
        }
        boolean enabled = change.enabled() == null ? old.enabled() : change.enabled();
        requireHospitalIdFits(role, hospitalId);
        boolean wasAdmin = old.role() == Role.ADMIN && old.enabled();
        if (wasAdmin && (role != Role.ADMIN || !enabled) && users.enabledAdministrators() <= 1) {
            throw new ConflictException(Phrase.of("conflict.lastAdministrator", username));
        }
        if (username.equals(CurrentUser.name()) && !enabled) {
            throw new ConflictException(Phrase.of("conflict.disableYourself"));
        }
        UserAccount changed = new UserAccount(old.username(), old.passwordHash(), role, hospitalId, enabled,
                old.createdAt(), old.createdBy(), OffsetDateTime.now(ZoneOffset.UTC), CurrentUser.name());
        users.update(changed);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("username", username);
        if (role != old.role()) {
            detail.put("role", role);
        }
        if (hospitalId == null ? old.hospitalId() != null : !hospitalId.equals(old.hospitalId())) {
            detail.put("hospitalId", hospitalId == null ? "none" : hospitalId);
        }
        if (enabled != old.enabled()) {
            detail.put("enabled", enabled);
        }
        audit.record(null, "user-changed", detail);
        return view(changed);
    }

    /** Gives a user a new password (an administrator's reset); the old one stops working at once. */
    @Transactional
    public void resetPassword(String username, String password) {
        UserAccount old = get(username);
        requireStrong("password", password, username);
        users.update(new UserAccount(old.username(), encoder.encode(password), old.role(), old.hospitalId(),
                old.enabled(), old.createdAt(), old.createdBy(), OffsetDateTime.now(ZoneOffset.UTC), CurrentUser.name()));
        audit.record(null, "password-reset", Map.of("username", username));
    }

    /** Changes the signed-in user's own password, after checking the current one. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String password) {
        UserAccount old = get(username);
        if (currentPassword == null || !encoder.matches(currentPassword, old.passwordHash())) {
            throw InvalidRequestException.of("currentPassword", null, Phrase.of("account.wrongPassword"));
        }
        requireStrong("password", password, username);
        users.update(new UserAccount(old.username(), encoder.encode(password), old.role(), old.hospitalId(),
                old.enabled(), old.createdAt(), old.createdBy(), OffsetDateTime.now(ZoneOffset.UTC), username));
        audit.record(null, "password-changed", Map.of("username", username));
    }

    /**
     * Gives administrator access back on the server's machine (a start with oxyalloc.admin.recover): the user admin is
     * created, or enabled, made an administrator and given the password.
     */
    @Transactional
    public void recoverAdministrator(String password) {
        requireStrong("oxyalloc.admin.password", password, "admin");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        users.find("admin").ifPresentOrElse(
                admin -> users.update(new UserAccount(admin.username(), encoder.encode(password), Role.ADMIN, null, true,
                        admin.createdAt(), admin.createdBy(), now, "system")),
                () -> users.insert(new UserAccount("admin", encoder.encode(password), Role.ADMIN, null, true, now,
                        "system", null, null)));
        audit.recordAs("system", null, "admin-recovered", Map.of("username", "admin"));
    }

    private UserAccount get(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException(Phrase.of("notFound.user", username)));
    }

    private static void requireHospitalIdFits(Role role, String hospitalId) {
        boolean hospital = role == Role.HOSPITAL;
        if (hospital == (hospitalId == null || hospitalId.isBlank())) {
            throw InvalidRequestException.of("hospitalId", hospitalId, Phrase.of("account.hospitalIdForRole"));
        }
        if (hospital && !hospitalId.strip().matches(Problem.ID_PATTERN)) {
            throw InvalidRequestException.of("hospitalId", hospitalId, Phrase.of("account.hospitalIdFormat"));
        }
    }

    /** At least 12 characters, not the user name, not one character repeated, not a well-known password. */
    static void requireStrong(String field, String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw InvalidRequestException.of(field, null, Phrase.of("account.passwordLength", MIN_PASSWORD_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(username.toLowerCase(Locale.ROOT)) || lower.chars().distinct().count() == 1
                || COMMON_PASSWORDS.contains(lower)) {
            throw InvalidRequestException.of(field, null, Phrase.of("account.passwordGuessable"));
        }
    }

    private static Set<String> commonPasswords() {
        try (InputStream list = UserService.class.getResourceAsStream("common-passwords.txt")) {
            return new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the list of common passwords is missing from the service", e);
        }
    }

    private static UserView view(UserAccount account) {
        return new UserView(account.username(), account.role(), account.hospitalId(), account.enabled(),
                account.createdAt(), account.createdBy(), account.updatedAt(), account.updatedBy());
    }
}
