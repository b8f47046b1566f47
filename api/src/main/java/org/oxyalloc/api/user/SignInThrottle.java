package org.oxyalloc.api.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #CLIENT_FAILURES} wrong passwords for one account from one client
 * address, {@value #ADDRESS_FAILURES} from one address (trying many accounts) or {@value #ACCOUNT_FAILURES} for one
 * account (from many addresses), within {@link #WINDOW}, such attempts are refused for a while, twice as long after
 * each further failure, at most {@link #LONGEST}. The first rule stops a guesser without locking the real user out
 * from elsewhere; the other two, with higher limits, stop spraying and distributed guessing. A right password clears
 * the account's counts. Counted per service instance, in memory: a restart forgets.
 */
@Component
public class SignInThrottle {

    static final int CLIENT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 100;
    static final int ACCOUNT_FAILURES = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofMinutes(15);
    /** Beyond this many keys, those whose window has passed are dropped. */
    private static final int MAX_KEYS = 100_000;

    /** Failures of one account or address in the current window. */
    private record Failures(int count, Instant first, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account or address must still wait before it may try again; empty when it may try now. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(client(username, address), CLIENT_FAILURES, now),
                max(remaining(address(address), ADDRESS_FAILURES, now), remaining(account(username), ACCOUNT_FAILURES, now)));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
        }
        String username = event.getAuthentication().getName();
        count(account(username), now);
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            count(address(details.getRemoteAddress()), now);
            count(client(username, details.getRemoteAddress()), now);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        failures.remove(account(username));
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            failures.remove(client(username, details.getRemoteAddress()));
        }
    }

    /**
     * How long a signed-in user must wait before the current password is checked again (changing one's password);
     * counted apart from sign-ins, since every request of a session signs in anew, and only a right current password
     * clears it: a session left open on a shared computer cannot be used to guess the password.
     */
    Optional<Duration> checkWaitFor(String username) {
        Duration wait = remaining(check(username), CLIENT_FAILURES, clock.instant());
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void checkFailed(String username) {
        count(check(username), clock.instant());
    }

    void checkPassed(String username) {
        failures.remove(check(username));
    }

    private void count(String key, Instant now) {
        if (key == null) {
            return;
        }
        failures.merge(key, new Failures(1, now, now), (old, one) -> old.first().plus(WINDOW).isBefore(now)
                ? one : new Failures(old.count() + 1, old.first(), now));
    }

    private Duration remaining(String key, int allowed, Instant now) {
        Failures f = key == null ? null : failures.get(key);
        if (f == null || f.count() < allowed || f.last().plus(WINDOW).isBefore(now)) {
            return Duration.ZERO;
        }
        int beyond = Math.min(f.count() - allowed, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << beyond);
        Instant until = f.last().plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** A wait in whole seconds, rounded up, at least 1: what Retry-After says. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String account(String username) {
        return username == null || username.isBlank() ? null : "account:" + username;
    }

    private static String check(String username) {
        return "check:" + username;
    }

    private static String address(String address) {
        return address == null ? null : "address:" + address;
    }

    private static String client(String username, String address) {
        return username == null || username.isBlank() || address == null ? null : "client:" + address + " " + username;
    }
}
