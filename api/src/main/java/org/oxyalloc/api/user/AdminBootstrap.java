package org.oxyalloc.api.user;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A fresh installation gets one administrator, and the log says how to sign in. */
@Component
@Order(1)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final String password;
    private final boolean recover;
    private final String port;

    AdminBootstrap(UserService users, @Value("${oxyalloc.admin.password}") String password,
            @Value("${oxyalloc.admin.recover}") boolean recover, @Value("${server.port:8080}") String port) {
        this.users = users;
        this.password = password;
        this.recover = recover;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (recover) {
            boolean generated = password.isBlank();
            String chosen = generated ? randomPassword() : password;
            users.recoverAdministrator(chosen);
            log.warn("Recovered administrator access: user 'admin' is enabled, an administrator, and has {}. Start "
                    + "again without OXYALLOC_ADMIN_RECOVER, or every start resets it.", generated
                    ? "the password '" + chosen + "' (shown only once)" : "the password from OXYALLOC_ADMIN_PASSWORD");
            return;
        }
        if (!users.isEmpty()) {
            return;
        }
        boolean generated = password.isBlank();
        String chosen = generated ? randomPassword() : password;
        users.create(new UserService.NewUser("admin", chosen, Role.ADMIN, null));
        if (generated) {
            log.warn("Created the first administrator. Sign in as user 'admin' with password '{}' "
                    + "(HTTP Basic, e.g. curl -u admin:{} http://localhost:{}/api/plans); it is shown only once. "
                    + "Set OXYALLOC_ADMIN_PASSWORD before the first start to choose it.", chosen, chosen, port);
        } else {
            log.info("Created the first administrator: user 'admin' with the password from OXYALLOC_ADMIN_PASSWORD.");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
