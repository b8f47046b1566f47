package org.oxyalloc.api.user;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.oxyalloc.api.web.LeastRecentlyUsed;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt is slow by design (tens of milliseconds a check), and an API client sends its password with every request:
 * two hundred clients polling a status would spend both cores on it. A password that matched its stored hash is
 * remembered for a few minutes, as an HMAC under a key made at startup (never the password itself) together with
 * that hash, so that the next request costs a lookup; a changed password has a new hash and is checked in full again,
 * and a wrong password is always checked in full (and counted by the sign-in throttle).
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MOST_REMEMBERED = 10_000;

    private final PasswordEncoder bcrypt;
    private final SecretKeySpec key;
    private final Map<String, Long> matched = LeastRecentlyUsed.map(MOST_REMEMBERED);

    RememberingPasswordEncoder(PasswordEncoder bcrypt) {
        this.bcrypt = bcrypt;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String remembered = hmac(rawPassword) + " " + encodedPassword;
        Long until = matched.get(remembered);
        long now = System.nanoTime();
        if (until != null && now - until < 0) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            matched.put(remembered, now + REMEMBERED.toNanos());
        } else {
            matched.remove(remembered);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String hmac(CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
