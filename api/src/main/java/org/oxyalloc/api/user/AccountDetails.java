package org.oxyalloc.api.user;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account: Spring Security's user plus the hospital a hospital user is bound to. */
public class AccountDetails extends User {

    private final String hospitalId;
    /** The stored hash, kept when Spring erases the password after sign-in: a new password ends old sessions. */
    private final String passwordHash;

    AccountDetails(UserAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.hospitalId = account.hospitalId();
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
}
