package org.oxyalloc.api.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A right password is checked in full once, then remembered; a wrong one and a changed hash are checked every time. */
class RememberingPasswordEncoderTest {

    private final AtomicInteger fullChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counted = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            fullChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counted);

    @Test
    void aRightPasswordIsCheckedInFullOnce() {
        String hash = encoder.encode("the right password");
        for (int i = 0; i < 5; i++) {
            assertThat(encoder.matches("the right password", hash)).isTrue();
        }
        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void wrongPasswordsAndNewHashesAreAlwaysCheckedInFull() {
        String hash = encoder.encode("the right password");
        assertThat(encoder.matches("the wrong password", hash)).isFalse();
        assertThat(encoder.matches("the wrong password", hash)).isFalse();
        assertThat(fullChecks).hasValue(2);
        assertThat(encoder.matches("the right password", hash)).isTrue();
        String changed = encoder.encode("a new password");
        assertThat(encoder.matches("the right password", changed)).as("the old password after a change").isFalse();
        assertThat(encoder.matches("a new password", changed)).isTrue();
        assertThat(fullChecks).hasValue(5);
    }
}
