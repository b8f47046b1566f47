package org.oxyalloc.api.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due events to the webhook, each signed ({@link WebhookSignature}); a 2xx answer delivers it,
 * anything else (another status, no answer in time, no connection) is tried again after a pause that doubles each
 * time, until the attempts run out and the event is given up, with its last error kept and logged.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    /** Events sent per round: a round never takes much longer than this many attempts. */
    private static final int PER_ROUND = 20;

    private final WebhookOutbox outbox;
    private final WebhookSettings settings;
    private final HttpClient http;

    WebhookSender(WebhookOutbox outbox, @Value("${oxyalloc.webhook.url:}") String url,
            @Value("${oxyalloc.webhook.secret:}") String secret, @Value("${oxyalloc.webhook.attempts}") int attempts,
            @Value("${oxyalloc.webhook.first-retry}") Duration firstRetry, @Value("${oxyalloc.webhook.timeout}") Duration timeout) {
        this.outbox = outbox;
        this.settings = new WebhookSettings(url, secret, attempts, firstRetry, timeout);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${oxyalloc.webhook.poll-interval}", initialDelayString = "${oxyalloc.webhook.poll-interval}")
    void sendDue() {
        if (!settings.enabled()) {
            return;
        }
        for (WebhookOutbox.Event event : outbox.due(PER_ROUND)) {
            Optional<OffsetDateTime> claim = outbox.claim(event);
            if (claim.isPresent() && !send(event, claim.get())) {
                return;
            }
        }
    }

    /** One attempt; false when interrupted (the service stops), the event given back. */
    private boolean send(WebhookOutbox.Event event, OffsetDateTime claim) {
        int attempt = event.attempts() + 1;
        long timestamp = OffsetDateTime.now(ZoneOffset.UTC).toEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url().strip())).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "oxyalloc-webhook")
                .header("X-Oxyalloc-Event", event.event())
                .header("X-Oxyalloc-Delivery", String.valueOf(event.id()))
                .header("X-Oxyalloc-Timestamp", String.valueOf(timestamp))
                .header("X-Oxyalloc-Signature", WebhookSignature.sign(settings.secret().strip(), timestamp, event.body()))
                .POST(HttpRequest.BodyPublishers.ofString(event.body())).build();
        String error;
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                outbox.delivered(event.id(), claim, attempt);
                return true;
            }
            error = "the receiver answered " + status;
        } catch (HttpTimeoutException e) {
            error = "no answer within " + settings.timeout().toSeconds() + " s";
        } catch (ConnectException e) {
            error = "no connection to the receiver";
        } catch (IOException e) {
            error = "sending failed" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outbox.release(event.id(), claim);
            return false;
        }
        if (attempt >= settings.attempts()) {
            log.warn("webhook event {} ({}, plan {}) given up after {} attempts: {}", event.id(), event.event(),
                    event.planId(), attempt, error);
            outbox.failed(event.id(), claim, attempt, error, null);
        } else {
            Duration pause = settings.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 20));
            outbox.failed(event.id(), claim, attempt, error, WebhookOutbox.now().plus(pause));
        }
        return true;
    }
}
