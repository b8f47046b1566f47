package org.oxyalloc.api.user;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account: Spring Security's user plus the hospital a hospital user is bound to. */
public class AccountDetails extends User {

    private final String hospitalId;

    AccountDetails(UserAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.hospitalId = account.hospitalId();
    }

    /** Null unless the account is a hospital's. */
    public String hospitalId() {
        return hospitalId;
    }
}
