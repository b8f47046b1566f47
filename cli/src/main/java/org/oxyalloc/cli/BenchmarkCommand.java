package org.oxyalloc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.oxyalloc.benchmark.BoundBenchmark;
import org.oxyalloc.benchmark.Instance;
import org.oxyalloc.benchmark.LoadBenchmark;
import org.oxyalloc.benchmark.ReplanBenchmark;
import org.oxyalloc.benchmark.SolveBenchmark;
import org.oxyalloc.benchmark.TravelBenchmark;
import org.oxyalloc.benchmark.TripModelBenchmark;
import org.oxyalloc.problem.TimeLimits;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.engine.AllocationEngine.Strategy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "benchmark", description = "Measures the engine on synthetic instances; results are in docs/benchmarks.md.",
        subcommands = {BenchmarkCommand.Travel.class, BenchmarkCommand.Bound.class, BenchmarkCommand.Solve.class,
                BenchmarkCommand.Trips.class, BenchmarkCommand.Replan.class, BenchmarkCommand.Load.class,
                BenchmarkPeersCommand.class,
                BenchmarkReportCommand.class})
final class BenchmarkCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Generated instances of each size on each seed, then the problem files. */
    static List<Instance> instances(CommandLine.Model.CommandSpec spec, AllocationEngine engine, List<Long> seeds,
            List<Integer> sizes, double fleetRatio, List<Path> files) throws IOException {
        if (seeds.isEmpty() && !sizes.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seeds: give at least one seed");
        }
        List<Instance> instances = new ArrayList<>();
        for (int hospitals : sizes) {
            for (long seed : seeds) {
                instances.add(Arguments.checked(spec, () -> Instance.generated(seed, hospitals, fleetRatio)));
            }
        }
        for (Path file : files) {
            instances.add(Arguments.checked(spec, () -> {
                try {
                    return Instance.read(engine, file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return instances;
    }

    @Command(name = "travel", description = "Road distances from suppliers to hospitals on a synthetic road network:"
            + " building the graph, then the supplier-hospital matrix; median, min and max over the runs.")
    static final class Travel implements Callable<Integer> {

        @Option(names = "--nodes", defaultValue = "50000", description = "Road nodes. Default: ${DEFAULT-VALUE}")
        int nodes;

        @Option(names = "--suppliers", defaultValue = "300", description = "Default: ${DEFAULT-VALUE}")
        int suppliers;

        @Option(names = "--hospitals", defaultValue = "3000", description = "Default: ${DEFAULT-VALUE}")
        int hospitals;

        @Option(names = "--runs", defaultValue = "7", description = "Measured runs, after one warm-up. Default: ${DEFAULT-VALUE}")
        int runs;

        @Option(names = "--seed", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}")
        long seed;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (runs < 1 || suppliers < 1 || hospitals < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--runs, --suppliers and --hospitals must be at least 1");
            }
            TravelBenchmark benchmark = new TravelBenchmark(seed, suppliers, hospitals, runs);
            benchmark.run(Arguments.checked(spec, () -> benchmark.network(nodes)), spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    @Command(name = "solve", description = "Solves generated instances and the datasets with each strategy and reports,"
            + " as a Markdown table: preparation time (travel and the planning model; the bound runs beside), time to the first feasible plan, the gap to the"
            + " bound on the medium level at each checkpoint, and peak heap.")
    static final class Solve implements Callable<Integer> {

        @Option(names = "--sizes", split = ",", defaultValue = "10,100,300,1000,3000",
                description = "Hospitals per generated instance (suppliers: one per ten, at least 2). Default: ${DEFAULT-VALUE}")
        List<Integer> sizes;

        @Option(names = "--checkpoints", split = ",", defaultValue = "1,10,30,60",
                description = "Seconds at which the gap is read; the last is the time limit. Default: ${DEFAULT-VALUE}")
        List<Integer> checkpoints;

        @Option(names = "--strategies", split = ",", defaultValue = "CONSTRUCTION_ONLY,LOCAL_SEARCH,WARM_STARTED",
                description = "Default: ${DEFAULT-VALUE}")
        List<Strategy> strategies;

        @Option(names = "--datasets", defaultValue = "datasets", description = "Folder of datasets to include; '' for none.")
        String datasets;

        @Option(names = "--seeds", split = ",", defaultValue = "1,2,3,4,5",
                description = "Seeds of the generated instances: one instance per size and seed; the summary gives the"
                        + " median and the worst over them. Default: ${DEFAULT-VALUE}")
        List<Long> seeds;

        @Option(names = "--plots", paramLabel = "DIR",
                description = "Also writes one PNG chart per instance to DIR: the gap to the bound over time, a line per strategy.")
        Path plots;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (checkpoints.isEmpty() || checkpoints.stream().anyMatch(c -> c < 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--checkpoints must be whole seconds of at least 1");
            }
            AllocationEngine engine = new AllocationEngine();
            List<Path> files = datasets.isEmpty() ? List.of() : Instance.files(Path.of(datasets));
            new SolveBenchmark(engine, checkpoints, strategies)
                    .run(instances(spec, engine, seeds, sizes, 1, files), spec.commandLine().getOut(), plots);
            return ExitCode.OK;
        }
    }

    @Command(name = "trips", description = "Solves each instance with multi-stop tanker trips and with the single-drop"
            + " model (one hospital a trip, driving hours only), in one run, and reports as a Markdown table the LOX short"
            + " and the LOX left at the suppliers under each.")
    static final class Trips implements Callable<Integer> {

        @Option(names = "--sizes", split = ",", defaultValue = "30,100,300",
                description = "Hospitals per generated instance; '' for none. Default: ${DEFAULT-VALUE}")
        List<Integer> sizes;

        @Option(names = "--seeds", split = ",", defaultValue = "1,2,3,4,5", description = "Default: ${DEFAULT-VALUE}")
        List<Long> seeds;

        @Option(names = "--fleet-ratio", defaultValue = "0.3",
                description = "Driving hours of the generated fleets against what single drops need. Default: ${DEFAULT-VALUE}")
        double fleetRatio;

        @Option(names = "--datasets", split = ",", defaultValue = "datasets/lampung-2021-07-26.json",
                description = "Problem files to include. Default: ${DEFAULT-VALUE}")
        List<Path> datasets;

        @Option(names = "--limit", defaultValue = "10s", description = "Time limit of each solve. Default: ${DEFAULT-VALUE}")
        String limit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            AllocationEngine engine = new AllocationEngine();
            var duration = Arguments.checked(spec, () -> TimeLimits.parse(limit));
            new TripModelBenchmark(engine, duration).run(instances(spec, engine, seeds, sizes, fleetRatio, datasets),
                    spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    @Command(name = "replan", description = "Solves each instance, then re-plans it after three seeded disruptions (its"
            + " busiest supplier loses 30 %, its busiest tanker fails, one hospital's need doubles), from the published plan"
            + " and from scratch at equal time, and reports as a Markdown table the shortage, the hospitals whose quota"
            + " changes and the tons moved, and when the re-plan's first feasible plan came.")
    static final class Replan implements Callable<Integer> {

        @Option(names = "--sizes", split = ",", defaultValue = "100,300,1000,3000",
                description = "Hospitals per generated instance; '' for none. Default: ${DEFAULT-VALUE}")
        List<Integer> sizes;

        @Option(names = "--seeds", split = ",", defaultValue = "1,2,3", description = "Default: ${DEFAULT-VALUE}")
        List<Long> seeds;

        @Option(names = "--datasets", defaultValue = "datasets", description = "Folder of datasets to include; '' for none.")
        String datasets;

        @Option(names = "--limit", defaultValue = "10s", description = "Time limit of each solve. Default: ${DEFAULT-VALUE}")
        String limit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            AllocationEngine engine = new AllocationEngine();
            var duration = Arguments.checked(spec, () -> TimeLimits.parse(limit));
            List<Path> files = datasets.isEmpty() ? List.of() : Instance.files(Path.of(datasets));
            new ReplanBenchmark(engine, duration).run(instances(spec, engine, seeds, sizes, 1, files), 1,
                    spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    @Command(name = "bound", description = "Times the flow relaxation behind the bound with each min-cost flow library on one"
            + " generated instance; median, min and max over the runs.")
    static final class Bound implements Callable<Integer> {

        @Option(names = "--hospitals", defaultValue = "3000", description = "Default: ${DEFAULT-VALUE}")
        int hospitals;

        @Option(names = "--suppliers", defaultValue = "300", description = "Default: ${DEFAULT-VALUE}")
        int suppliers;

        @Option(names = "--runs", defaultValue = "5", description = "Measured runs, after one warm-up. Default: ${DEFAULT-VALUE}")
        int runs;

        @Option(names = "--seed", defaultValue = "1")
        long seed;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (runs < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
            }
            Instance instance = Arguments.checked(spec, () -> Instance.generated(seed, hospitals, suppliers, 1));
            new BoundBenchmark(runs).run(instance, spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    @Command(name = "load", description = "Many clients reading a running service (./oxyalloc-server) at once: per path the"
            + " requests per second, median, 95th percentile and longest latency, and the answers that were not 200.")
    static final class Load implements Callable<Integer> {

        @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Default: ${DEFAULT-VALUE}")
        URI url;

        @Option(names = "--user", required = true, description = "HTTP Basic user for every request")
        String user;

        @Option(names = "--password", required = true, description = "Its password")
        String password;

        @Option(names = "--paths", split = ",", required = true,
                description = "GET paths, e.g. /api/plans/4/status,/api/quotas/1801015?date=2021-07-26; clients are shared out")
        List<String> paths;

        @Option(names = "--clients", defaultValue = "200", description = "Default: ${DEFAULT-VALUE}")
        int clients;

        @Option(names = "--seconds", defaultValue = "30", description = "Default: ${DEFAULT-VALUE}")
        int seconds;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            if (clients < 1 || seconds < 1 || paths.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--clients and --seconds must be at least 1, and --paths must name a path");
            }
            new LoadBenchmark(url, user, password, clients, Duration.ofSeconds(seconds)).run(paths,
                    spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }
}
