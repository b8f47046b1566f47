package org.oxyalloc.benchmark;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many clients reading a running service at once, as hospitals do at seven in the morning: each client sends GET
 * requests to one of the paths, one after the other, for the duration; per path the requests answered, per second,
 * the median, 95th percentile and longest latency, and the answers that were not 200.
 */
public final class LoadBenchmark {

    private final URI base;
    private final String authorization;
    private final int clients;
    private final Duration duration;

    /** @param user, password HTTP Basic credentials, sent with every request */
    public LoadBenchmark(URI base, String user, String password, int clients, Duration duration) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.clients = clients;
        this.duration = duration;
    }

    /** One path's answers that were not 200, by status (-1: no answer). */
    private record Result(Map<Integer, AtomicInteger> notOk) {
    }

    public void run(List<String> paths, PrintWriter out) throws InterruptedException {
        // HTTP/1.1: for an http: address the default, HTTP/2, asks every connection to upgrade first.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, Result> results = new ConcurrentHashMap<>();
        paths.forEach(path -> results.put(path, new Result(new ConcurrentHashMap<>())));
        List<ConcurrentLinkedQueue<Double>> latencies = new ArrayList<>();
        paths.forEach(path -> latencies.add(new ConcurrentLinkedQueue<>()));
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int index = c % paths.size();
            String path = paths.get(index);
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization)
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    latencies.get(index).add((System.nanoTime() - start) / 1e6);
                    if (status != 200) {
                        results.get(path).notOk().computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        out.printf(Locale.ROOT, "%d clients for %d s against %s; each client reads one path, one request after the other%n%n",
                clients, duration.toSeconds(), base);
        out.println("| path | clients | requests | per second | median (ms) | p95 (ms) | max (ms) | not 200 |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < paths.size(); i++) {
            double[] millis = latencies.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(millis);
            int pathClients = (clients - i + paths.size() - 1) / paths.size();
            Map<Integer, AtomicInteger> notOk = new TreeMap<>(results.get(paths.get(i)).notOk());
            out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.0f | %.0f | %.0f | %s |%n", paths.get(i), pathClients,
                    millis.length, millis.length / (double) duration.toSeconds(),
                    millis.length == 0 ? 0 : Stats.median(millis), percentile(millis, 0.95),
                    millis.length == 0 ? 0 : millis[millis.length - 1], notOk.isEmpty() ? "none" : notOk.toString());
        }
        out.flush();
    }

    private static double percentile(double[] sorted, double share) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }
}
