package org.oxyalloc.api.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.oxyalloc.api.web.TooManyAttemptsException;
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

    /**
     * A user to create; a hospital user names its hospital id and a supplier user its supplier id, no one else does.
     *
     * @param unknownIdConfirmed true to bind to an id that no stored problem has yet (a hospital new to the task force)
     */
    public record NewUser(@NotBlank @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$") String username,
            @NotNull @Size(min = MIN_PASSWORD_LENGTH, max = 200) String password, @NotNull Role role, String hospitalId,
            String supplierId, Boolean unknownIdConfirmed) {

        public NewUser(String username, String password, Role role, String hospitalId) {
            this(username, password, role, hospitalId, null, null);
        }
    }

    /**
     * A change to a user: the fields given change, the others stay.
     *
     * @param unknownIdConfirmed as for a new user
     */
    public record UserChange(Role role, String hospitalId, String supplierId, Boolean enabled, Boolean unknownIdConfirmed) {
    }

    /** A new password. */
    public record NewPassword(@NotNull @Size(min = MIN_PASSWORD_LENGTH, max = 200) String password) {
    }

    /** A user as others see it: no password hash. */
    public record UserView(String username, Role role, String hospitalId, String supplierId, boolean enabled,
            OffsetDateTime createdAt,
            String createdBy, OffsetDateTime updatedAt, String updatedBy) {
    }

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final KnownOrganisations known;
    private final SignInThrottle throttle;

    UserService(UserRepository users, PasswordEncoder encoder, AuditLog audit, KnownOrganisations known,
            SignInThrottle throttle) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.known = known;
        this.throttle = throttle;
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
        String hospitalId = stripped(user.hospitalId());
        String supplierId = stripped(user.supplierId());
        requireBindingFits(user.role(), hospitalId, supplierId);
        requireKnown(hospitalId, supplierId, user.unknownIdConfirmed());
        requireStrong("password", user.password(), user.username());
        if (users.find(user.username()).isPresent()) {
            throw new ConflictException(Phrase.of("conflict.userExists", user.username()));
        }
        UserAccount account = new UserAccount(user.username(), encoder.encode(user.password()), user.role(),
                hospitalId, supplierId, true, OffsetDateTime.now(ZoneOffset.UTC), CurrentUser.name(), null, null);
        users.insert(account);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("username", account.username());
        detail.put("role", account.role());
        if (hospitalId != null) {
            detail.put("hospitalId", hospitalId);
        }
        if (supplierId != null) {
            detail.put("supplierId", supplierId);
        }
        audit.record(null, "user-created", detail);
        return view(account);
    }

    /**
     * Changes a user's role, hospital, supplier or enabled flag; a hospital id is kept only for the role HOSPITAL and a
     * supplier id only for SUPPLIER.
     */
    @Transactional
    public UserView change(String username, UserChange change) {
        UserAccount old = get(username);
        Role role = change.role() == null ? old.role() : change.role();
        String hospitalId = change.hospitalId() != null ? stripped(change.hospitalId())
                : role == Role.HOSPITAL ? old.hospitalId() : null;
        String supplierId = change.supplierId() != null ? stripped(change.supplierId())
                : role == Role.SUPPLIER ? old.supplierId() : null;
        boolean enabled = change.enabled() == null ? old.enabled() : change.enabled();
        requireBindingFits(role, hospitalId, supplierId);
        requireKnown(Objects.equals(hospitalId, old.hospitalId()) ? null : hospitalId,
                Objects.equals(supplierId, old.supplierId()) ? null : supplierId, change.unknownIdConfirmed());
        boolean wasAdmin = old.role() == Role.ADMIN && old.enabled();
        if (wasAdmin && (role != Role.ADMIN || !enabled) && users.enabledAdministrators() <= 1) {
            throw new ConflictException(Phrase.of("conflict.lastAdministrator", username));
        }
        if (username.equals(CurrentUser.name()) && !enabled) {
            throw new ConflictException(Phrase.of("conflict.disableYourself"));
        }
        UserAccount changed = new UserAccount(old.username(), old.passwordHash(), role, hospitalId, supplierId, enabled,
                old.createdAt(), old.createdBy(), OffsetDateTime.now(ZoneOffset.UTC), CurrentUser.name());
        users.update(changed);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("username", username);
        if (role != old.role()) {
            detail.put("role", role);
        }
        if (!Objects.equals(hospitalId, old.hospitalId())) {
            detail.put("hospitalId", hospitalId == null ? "none" : hospitalId);
        }
        if (!Objects.equals(supplierId, old.supplierId())) {
            detail.put("supplierId", supplierId == null ? "none" : supplierId);
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
                old.supplierId(), old.enabled(), old.createdAt(), old.createdBy(), OffsetDateTime.now(ZoneOffset.UTC),
                CurrentUser.name()));
        audit.record(null, "password-reset", Map.of("username", username));
    }

    /**
     * Changes the signed-in user's own password, after checking the current one. Wrong current passwords are
     * throttled as wrong sign-ins are, so that a session left open cannot be used to guess the password (429).
     */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String password) {
        UserAccount old = get(username);
        Optional<Duration> wait = throttle.checkWaitFor(username);
        if (wait.isPresent()) {
            long seconds = SignInThrottle.seconds(wait.get());
            throw new TooManyAttemptsException(Phrase.of("account.wait", seconds), seconds);
        }
        if (currentPassword == null || !encoder.matches(currentPassword, old.passwordHash())) {
            throttle.checkFailed(username);
            throw InvalidRequestException.of("currentPassword", null, Phrase.of("account.wrongPassword"));
        }
        throttle.checkPassed(username);
        requireStrong("password", password, username);
        users.update(new UserAccount(old.username(), encoder.encode(password), old.role(), old.hospitalId(),
                old.supplierId(), old.enabled(), old.createdAt(), old.createdBy(), OffsetDateTime.now(ZoneOffset.UTC),
                username));
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
                admin -> users.update(new UserAccount(admin.username(), encoder.encode(password), Role.ADMIN, null, null,
                        true, admin.createdAt(), admin.createdBy(), now, "system")),
                () -> users.insert(new UserAccount("admin", encoder.encode(password), Role.ADMIN, null, null, true, now,
                        "system", null, null)));
        audit.recordAs("system", null, "admin-recovered", Map.of("username", "admin"));
    }

    private UserAccount get(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException(Phrase.of("notFound.user", username)));
    }

    /** A hospital user is bound to its hospital and a supplier user to its supplier; no one else to either. */
    private static void requireBindingFits(Role role, String hospitalId, String supplierId) {
        requireBinding("hospitalId", role == Role.HOSPITAL, hospitalId, "account.hospitalIdForRole");
        requireBinding("supplierId", role == Role.SUPPLIER, supplierId, "account.supplierIdForRole");
    }

    private static void requireBinding(String field, boolean bound, String id, String rule) {
        if (bound == (id == null)) {
            throw InvalidRequestException.of(field, id, Phrase.of(rule));
        }
        if (bound && !id.matches(Problem.ID_PATTERN)) {
            throw InvalidRequestException.of(field, id, Phrase.of("account.idFormat"));
        }
    }

    /** A new binding names a hospital or supplier of a stored problem, unless the administrator confirms it is new. */
    private void requireKnown(String hospitalId, String supplierId, Boolean confirmed) {
        if (Boolean.TRUE.equals(confirmed)) {
            return;
        }
        if (hospitalId != null && !known.hasHospital(hospitalId)) {
            throw InvalidRequestException.of("hospitalId", hospitalId, Phrase.of("account.unknownHospital"));
        }
        if (supplierId != null && !known.hasSupplier(supplierId)) {
            throw InvalidRequestException.of("supplierId", supplierId, Phrase.of("account.unknownSupplier"));
        }
    }

    private static String stripped(String id) {
        return id == null || id.isBlank() ? null : id.strip();
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
        return new UserView(account.username(), account.role(), account.hospitalId(), account.supplierId(), account.enabled(),
                account.createdAt(), account.createdBy(), account.updatedAt(), account.updatedBy());
    }
}
