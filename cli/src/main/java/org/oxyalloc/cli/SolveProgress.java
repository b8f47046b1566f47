package org.oxyalloc.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.plan.PlanReporter;

/**
 * Live progress while solving: on a terminal one line rewritten twice a second; otherwise (a log, CI) a plain line
 * every few seconds, so that logs stay short.
 */
final class SolveProgress implements Consumer<OxygenAllocation>, AutoCloseable {

    private record Best(String score, long shortageKg, long mediumPenalty) {
    }

    private final PrintWriter out;
    private final boolean terminal;
    private final Duration limit;
    private final long requestKg;
    private final Supplier<OptionalLong> mediumBound;
    /** When preparation began: the time limit counts from there. */
    private final long startNanos;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "oxyalloc-progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Best best;

    /** @param mediumBound the bound's medium level once it is computed */
    SolveProgress(PrintWriter out, boolean terminal, Duration limit, long requestKg, Supplier<OptionalLong> mediumBound,
            long startNanos) {
        this.out = out;
        this.startNanos = startNanos;
        this.terminal = terminal;
        this.limit = limit;
        this.requestKg = requestKg;
        this.mediumBound = mediumBound;
        long periodMillis = terminal ? 500 : 5_000;
        ticker.scheduleAtFixedRate(this::print, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void accept(OxygenAllocation newBest) {
        best = new Best(String.valueOf(newBest.getScore()), PlanReporter.shortageKg(newBest),
                -newBest.getScore().mediumScore());
    }

    private synchronized void print() {
        Best current = best;
        String line = String.format(Locale.ROOT, "%6.1fs / %ss  best %s  shortage %s  gap %s",
                (System.nanoTime() - startNanos) / 1e9, limit.toMillis() / 1000.0,
                current == null ? "(constructing)" : current.score(),
                current == null ? "-" : String.format(Locale.ROOT, "%.2f t (%.1f%% of requests)",
                        Oxygen.kgToTons(current.shortageKg()),
                        requestKg == 0 ? 0.0 : 100.0 * current.shortageKg() / requestKg),
                gap(current));
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** The gap once both a plan and the bound are there. */
    private String gap(Best current) {
        OptionalLong bound = mediumBound.get();
        return current == null || bound.isEmpty() ? "-"
                : String.format(Locale.ROOT, "%.2f%%", PlanReporter.gapPercent(current.mediumPenalty(), bound.getAsLong()));
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        if (terminal) {
            synchronized (this) {
                out.println();
                out.flush();
            }
        }
    }
}
