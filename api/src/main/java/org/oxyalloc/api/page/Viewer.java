package org.oxyalloc.api.page;

import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.user.Role;
import org.springframework.security.core.Authentication;

/**
 * Who is looking at a page, for its menu and buttons; what they may do is checked on the server all the same.
 *
 * @param hospitalId the hospital of a hospital user, else null
 * @param supplierId the supplier of a supplier user, else null
 */
public record Viewer(String name, Role role, String hospitalId, String supplierId) {

    static Viewer of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountDetails account)) {
            return null;
        }
        Role role = account.getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length()))
                .map(Role::valueOf).findFirst().orElseThrow();
        return new Viewer(account.getUsername(), role, account.hospitalId(), account.supplierId());
    }

    /** Staff and administrators submit, solve and publish. */
    public boolean plans() {
        return role == Role.ADMIN || role == Role.STAFF;
    }

    /** Everyone but hospitals and suppliers reads every plan. */
    public boolean readsPlans() {
        return role != Role.HOSPITAL && role != Role.SUPPLIER;
    }
}
