package org.oxyalloc.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Publishing and superseding are told to a receiver on this machine: each event signed, one refused at first and
 * sent again until it is taken.
 */
class WebhookTest extends ApiTest {

    private static final String SECRET = "a shared secret of thirty-two characters or more";

    /** One request the receiver got. */
    record Received(String event, String delivery, long timestamp, String signature, String body) {
    }

    private static final List<Received> RECEIVED = Collections.synchronizedList(new ArrayList<>());
    private static final AtomicInteger REFUSALS_LEFT = new AtomicInteger(1);
    private static HttpServer receiver;

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry properties) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            RECEIVED.add(new Received(headers.getFirst("X-Oxyalloc-Event"), headers.getFirst("X-Oxyalloc-Delivery"),
                    Long.parseLong(headers.getFirst("X-Oxyalloc-Timestamp")), headers.getFirst("X-Oxyalloc-Signature"), body));
            exchange.sendResponseHeaders(REFUSALS_LEFT.getAndDecrement() > 0 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        properties.add("oxyalloc.webhook.url", () -> "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        properties.add("oxyalloc.webhook.secret", () -> SECRET);
        properties.add("oxyalloc.webhook.first-retry", () -> "PT0.3S");
        properties.add("oxyalloc.webhook.poll-interval", () -> "PT0.1S");
        // A database of its own: the plans other tests publish for the same day are not this test's to supersede.
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:oxyalloc-webhook;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    private List<Received> awaitEvents(int count) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (RECEIVED.size() < count) {
            assertThat(Instant.now()).as("%d webhook requests received", count).isBefore(end);
            Thread.sleep(100);
        }
        return List.copyOf(RECEIVED);
    }

    @Test
    void publishingAndSupersedingAreToldSignedAndARefusedEventIsSentAgain() throws Exception {
        long first = solved();
        mvc.perform(post("/api/plans/" + first + "/publication").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"the webhook test's day\"}")).andExpect(status().isOk());
        long second = solved();
        mvc.perform(post("/api/plans/" + second + "/publication").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"a tanker back in service\"}")).andExpect(status().isOk());

        // The first request is refused (503) and sent again: four requests for three events.
        List<Received> received = awaitEvents(4);
        assertThat(received.get(0).delivery()).as("the refused event is the next one sent").isEqualTo(received.get(1).delivery());
        for (Received request : received) {
            assertThat(request.signature()).isEqualTo(WebhookSignature.sign(SECRET, request.timestamp(), request.body()));
        }
        List<JsonNode> events = new ArrayList<>();
        for (Received request : received.subList(1, received.size())) {
            JsonNode body = json.readTree(request.body());
            assertThat(body.get("event").asText()).isEqualTo(request.event());
            events.add(body);
        }
        assertThat(events).extracting(e -> e.get("event").asText() + " " + e.get("planId").asLong())
                .containsExactlyInAnyOrder("plan.published " + first, "plan.superseded " + first, "plan.published " + second);
        JsonNode published = events.stream().filter(e -> e.get("planId").asLong() == second
                && e.get("event").asText().equals("plan.published")).findFirst().orElseThrow();
        assertThat(published.get("supersedes").get(0).asLong()).isEqualTo(first);
        assertThat(published.get("reason").asText()).isEqualTo("a tanker back in service");
        assertThat(published.get("hospitals")).hasSize(problem().hospitals().size());
        assertThat(published.get("hospitals").get(0).has("refills")).isTrue();
    }

    @Test
    void aWebhookWithoutASecretOrWithAWrongAddressStopsTheStart() {
        assertThatThrownBy(() -> new WebhookSettings("https://gateway.example/hook", "short", 8, Duration.ofSeconds(30),
                Duration.ofSeconds(10))).hasMessageContaining("oxyalloc.webhook.secret");
        assertThatThrownBy(() -> new WebhookSettings("ftp://gateway.example/hook", SECRET, 8, Duration.ofSeconds(30),
                Duration.ofSeconds(10))).hasMessageContaining("http or https");
        assertThat(new WebhookSettings("", null, 8, Duration.ofSeconds(30), Duration.ofSeconds(10)).enabled()).isFalse();
    }
}
