package org.oxyalloc.api.webhook;

import java.net.URI;
import java.time.Duration;

/**
 * The webhook's settings ({@code oxyalloc.webhook.*}); no URL, no webhook. A URL without a secret of at least 32
 * characters, or one that is not http(s), stops the service at startup with a message that says so: an unsigned
 * webhook would let anyone who can reach the receiver tell hospitals a false quota.
 *
 * @param url where to POST, empty for none
 * @param secret the HMAC-SHA256 key the receiver checks the signature with
 * @param attempts how often an event is tried before it is given up
 * @param firstRetry the pause before the second attempt; it doubles after each further failure
 * @param timeout how long one attempt may take, connecting and answering
 */
record WebhookSettings(String url, String secret, int attempts, Duration firstRetry, Duration timeout) {

    static final int MIN_SECRET_LENGTH = 32;

    WebhookSettings {
        if (url != null && !url.isBlank()) {
            URI uri;
            try {
                uri = URI.create(url.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("oxyalloc.webhook.url \"" + url + "\" is not a URL");
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalStateException("oxyalloc.webhook.url \"" + url + "\" must be an http or https URL");
            }
            if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("oxyalloc.webhook.secret must be set, at least " + MIN_SECRET_LENGTH
                        + " characters, when oxyalloc.webhook.url is: the receiver checks each event's signature with it");
            }
            if (attempts < 1 || attempts > 50) {
                throw new IllegalStateException("oxyalloc.webhook.attempts " + attempts + " must be 1 to 50");
            }
        }
    }

    boolean enabled() {
        return url != null && !url.isBlank();
    }
}
