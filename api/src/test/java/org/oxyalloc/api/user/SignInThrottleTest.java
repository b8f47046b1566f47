package org.oxyalloc.api.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The throttle's arithmetic, on a clock the test moves. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2021-07-26T07:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aClientWaitsAfterFiveFailuresLongerAfterEachMoreWhileTheUserElsewhereDoesNot() {
        fail("siti", "10.0.0.1", 4);
        assertThat(throttle.waitFor("siti", "10.0.0.1")).isEmpty();
        fail("siti", "10.0.0.1", 1);
        assertThat(throttle.waitFor("siti", "10.0.0.1")).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("siti", "10.0.0.9")).as("the real user, elsewhere").isEmpty();
        assertThat(throttle.waitFor("budi", "10.0.0.1")).as("another account from that address").isEmpty();
        now = now.plusSeconds(31);
        assertThat(throttle.waitFor("siti", "10.0.0.1")).isEmpty();
        fail("siti", "10.0.0.1", 1);
        assertThat(throttle.waitFor("siti", "10.0.0.1")).contains(Duration.ofSeconds(60));
        fail("siti", "10.0.0.1", 20);
        assertThat(throttle.waitFor("siti", "10.0.0.1")).contains(SignInThrottle.LONGEST);

        throttle.succeeded(new AuthenticationSuccessEvent(token("siti", "10.0.0.1")));
        assertThat(throttle.waitFor("siti", "10.0.0.1")).isEmpty();
    }

    @Test
    void anAddressTryingManyAccountsWaitsAndSoDoesAnAccountTriedFromManyAddresses() {
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            fail("user" + i, "10.0.0.7", 1);
        }
        assertThat(throttle.waitFor("someone-else", "10.0.0.7")).isPresent();
        assertThat(throttle.waitFor("someone-else", "10.0.0.8")).isEmpty();

        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
            fail("siti", "10.1.0." + i, 1);
        }
        assertThat(throttle.waitFor("siti", "10.2.0.1")).isPresent();
        assertThat(throttle.waitFor("budi", "10.2.0.1")).isEmpty();
        now = now.plus(SignInThrottle.WINDOW).plus(SignInThrottle.LONGEST);
        assertThat(throttle.waitFor("siti", "10.2.0.1")).as("the window has passed").isEmpty();
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(new AuthenticationFailureBadCredentialsEvent(token(user, address),
                    new BadCredentialsException("wrong")));
        }
    }

    private static UsernamePasswordAuthenticationToken token(String user, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, "x");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
