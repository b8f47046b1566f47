package org.oxyalloc.api.user;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account: Spring Security's user plus the hospital or supplier that its user is bound to. */
public class AccountDetails extends User {

    private final String hospitalId;
    private final String supplierId;
    /** The stored hash, kept when Spring erases the password after sign-in: a new password ends old sessions. */
    private final String passwordHash;

    AccountDetails(UserAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.hospitalId = account.hospitalId();
        this.supplierId = account.supplierId();
        this.passwordHash = account.passwordHash();
    }

    /** The hash the user signed in against. */
    String passwordHash() {
        return passwordHash;
    }

    /** Null unless the account is a hospital's. */
    public String hospitalId() {
        return hospitalId;
    }

    /** Null unless the account is a supplier's. */
    public String supplierId() {
        return supplierId;
    }

    /** A hospital user reads and confirms only its own hospital's, a supplier user none; the task force any. */
    public void requireOwnHospital(String id) {
        if (supplierId != null || hospitalId != null && !hospitalId.equals(id)) {
            throw new AccessDeniedException("a hospital user reads only its own hospital's quotas and deliveries");
        }
    }

    /** A supplier user acts only for its own supplier, a hospital user for none; the task force for any. */
    public void requireOwnSupplier(String id) {
        if (hospitalId != null || supplierId != null && !supplierId.equals(id)) {
            throw new AccessDeniedException("a supplier user reads and records only its own supplier's deliveries");
        }
    }
}
