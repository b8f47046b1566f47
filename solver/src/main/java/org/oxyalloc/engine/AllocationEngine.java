package org.oxyalloc.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.score.stream.common.AbstractConstraintStreamScoreDirectorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import org.oxyalloc.bound.Bounds;
import org.oxyalloc.bound.MinCostFlowSolver;
import org.oxyalloc.bound.ScarceResources;
import org.oxyalloc.bound.ShortageBound;
import org.oxyalloc.bound.ShortageWeights;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.plan.PlanReporter;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.solver.AllocationBuilder;
import org.oxyalloc.solver.AllocationConstraintProvider;
import org.oxyalloc.solver.ConstraintInfo;
import org.oxyalloc.solver.DayChange;
import org.oxyalloc.solver.PreparedProblem;
import org.oxyalloc.solver.ProblemTravel;
import org.oxyalloc.travel.TravelModel;

/**
 * The engine's one way in, for the command line, the service and the benchmarks alike: {@link #reader() read} a
 * problem, {@link #prepare prepare} it (travel, planning model, bound), take its {@link #startingSolution starting
 * solution} (the flow relaxation's plan), {@link #solve solve} it here or hand it to the {@link #solverManager
 * SolverManager}, and {@link #report report} the plan. Thread-safe; build one and share it, since building the
 * solver factory compiles the constraints.
 */
public final class AllocationEngine {

    /**
     * Runs {@code stop} at the deadline of a solve ({@link #deadlineNanos}), but not sooner than {@code atLeast} from
     * now; cancel the future when the solve ends first. For a service that stops solves of its SolverManager.
     */
    public ScheduledFuture<?> atDeadline(PreparedProblem prepared, Duration timeLimit, Duration atLeast, Runnable stop) {
        long delay = Math.max(atLeast.toNanos(), deadlineNanos(prepared, timeLimit) - System.nanoTime());
        return DEADLINES.schedule(stop, delay, TimeUnit.NANOSECONDS);
    }

    /** What reporting a plan takes, kept free before the deadline: a fixed part and a part per lot and batch. */
    static final long REPORT_NANOS_FIXED = 100_000_000;
    static final long REPORT_NANOS_PER_ENTITY = 40_000;
    /** Daemon threads that compute bounds beside the solvers. */
    private static final ExecutorService BOUNDS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "oxyalloc-bound");
        thread.setDaemon(true);
        return thread;
    });
    /** One daemon thread that stops solvers at their deadlines. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "oxyalloc-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final SolverFactory<OxygenAllocation> solverFactory;
    private final SolutionManager<OxygenAllocation, HardMediumSoftLongScore> solutionManager;
    private final Map<String, ConstraintInfo> constraints;
    private final Bounds bounds;
    private final ProblemReader reader;
    private volatile SolverFactory<OxygenAllocation> constructionOnly;

    public AllocationEngine() {
        this(MinCostFlowSolver.standard());
    }

    /** @param flowSolver the min-cost flow behind the bound and the warm start */
    public AllocationEngine(MinCostFlowSolver flowSolver) {
        this.solverFactory = SolverFactory.create(solverConfig());
        this.solutionManager = SolutionManager.create(solverFactory);
        this.constraints = constraintCatalogue(solverFactory);
        this.bounds = new Bounds(flowSolver);
        this.reader = new ProblemReader(constraints.keySet());
    }

    /** Only the construction phases of the shared configuration; built on first use. */
    private SolverFactory<OxygenAllocation> constructionOnly() {
        SolverFactory<OxygenAllocation> factory = constructionOnly;
        if (factory == null) {
            SolverConfig config = solverConfig();
            config.setPhaseConfigList(config.getPhaseConfigList().stream()
                    .filter(phase -> phase instanceof ConstructionHeuristicPhaseConfig).toList());
            factory = SolverFactory.create(config);
            constructionOnly = factory;
        }
        return factory;
    }

    /** The one solver configuration (phases and moves: see solverConfig.xml); each solve sets its own time limit. */
    public static final String SOLVER_CONFIG = "org/oxyalloc/solver/solverConfig.xml";

    public static SolverConfig solverConfig() {
        return SolverConfig.createFromXmlResource(SOLVER_CONFIG);
    }

    /** The constraints by name: hard, then medium, then soft. */
    public Map<String, ConstraintInfo> constraints() {
        return constraints;
    }

    /** The problem reader, which accepts weight overrides for exactly these constraints. */
    public ProblemReader reader() {
        return reader;
    }

    /** Prepares a valid problem on the travel it describes ({@link ProblemTravel#of}). */
    public PreparedProblem prepare(Problem problem) {
        long started = System.nanoTime();
        return prepare(problem, ProblemTravel.of(problem), started);
    }

    /**
     * The bound is computed beside the warm start and the solver, on a thread of its own: it reads only what no solve
     * changes (lots, batches, suppliers, legs), and the first plan need not wait for it (2.2 s at 3,000 hospitals).
     */
    private PreparedProblem prepare(Problem problem, TravelModel travel, long started) {
        PreparedProblem prepared = AllocationBuilder.build(problem, travel, weights(problem.effectiveSettings().constraintWeights()));
        OxygenAllocation solution = prepared.solution();
        ShortageWeights weights = shortageWeights(solution);
        CompletableFuture<ShortageBound> bound = CompletableFuture.supplyAsync(() -> bounds.compute(solution, weights), BOUNDS);
        return prepared.completed(bound, bound.thenApplyAsync(b -> ScarceResources.of(solution, weights), BOUNDS), started);
    }

    /** The weights in force for the rules the flow relaxation keeps: the problem's overrides, else the defaults. */
    private ShortageWeights shortageWeights(OxygenAllocation solution) {
        return new ShortageWeights(weight(solution, AllocationConstraintProvider.LOX_SHORTAGE),
                weight(solution, AllocationConstraintProvider.CYLINDER_SHORTAGE),
                weight(solution, AllocationConstraintProvider.UNFAIR_LOX_SHORTAGE),
                weight(solution, AllocationConstraintProvider.UNFAIR_CYLINDER_SHORTAGE),
                weight(solution, AllocationConstraintProvider.TRANSPORT_TON_KM),
                weight(solution, AllocationConstraintProvider.REFILL_TRAVEL),
                weight(solution, AllocationConstraintProvider.PUBLISHED_QUOTA_CHANGED),
                weight(solution, AllocationConstraintProvider.PUBLISHED_REFILLS_CHANGED));
    }

    /** A rule's weight in force on its own level: the problem's override, else the default. */
    public long weight(OxygenAllocation solution, String constraint) {
        HardMediumSoftLongScore override = solution.getConstraintWeightOverrides().getConstraintWeight(constraint);
        return override == null ? constraints.get(constraint).defaultWeight()
                : override.hardScore() + override.mediumScore() + override.softScore();
    }

    /** Puts each weight on its constraint's level; names must have been validated against {@link #constraints()}. */
    Map<String, HardMediumSoftLongScore> weights(Map<String, Long> byName) {
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        byName.forEach((name, weight) -> weights.put(name, switch (constraints.get(name).level()) {
            case "hard" -> HardMediumSoftLongScore.ofHard(weight);
            case "medium" -> HardMediumSoftLongScore.ofMedium(weight);
            default -> HardMediumSoftLongScore.ofSoft(weight);
        }));
        return weights;
    }

    /** How a solve starts and searches; the benchmark compares them. */
    public enum Strategy {
        /** The construction heuristic alone: each lot and batch its best supplier or route, once. */
        CONSTRUCTION_ONLY,
        /** Construction heuristic, then local search. */
        LOCAL_SEARCH,
        /** The flow relaxation's plan, then construction heuristic and local search: the default. */
        WARM_STARTED
    }

    /**
     * The solution a solve within {@code timeLimit} starts from: the flow relaxation's plan, so that local search
     * spends its time on what the flow cannot express (whole tanker trips, one supplier per hospital). A re-plan also
     * has the published plan as replayed, and that plan completed by the flow: see {@link #bestStartOf}. Changes and
     * returns the prepared solution.
     */
    public OxygenAllocation startingSolution(PreparedProblem prepared, Duration timeLimit) {
        OxygenAllocation solution = prepared.solution();
        ShortageWeights weights = shortageWeights(solution);
        if (solution.getPublishedPlans().isEmpty()) {
            bounds.warmStart(solution, weights);
            return solution;
        }
        List<Assignments> candidates = new ArrayList<>(List.of(Assignments.of(solution)));
        bounds.warmStart(solution, weights);
        candidates.add(Assignments.of(solution));
        solution.getLoxLots().stream().filter(lot -> !lot.isDispatched()).forEach(lot -> lot.setTrip(null));
        solution.getRefillBatches().forEach(batch -> batch.setRoute(null));
        bounds.warmStart(solution, weights);
        candidates.add(Assignments.of(solution));
        bestStartOf(candidates, prepared, timeLimit).restore(solution);
        score(solution);
        return solution;
    }

    /**
     * A trial's share of the time limit, the least a trial needs to say anything, and the most it takes: nothing stops
     * a trial early or saves its plans, so that a long limit does not make a terminate request wait for minutes.
     */
    static final double TRIAL_SHARE = 0.1;
    static final Duration LEAST_TRIAL = Duration.ofMillis(200);
    static final Duration LONGEST_TRIAL = Duration.ofSeconds(3);
    /**
     * Lots and batches beyond which a re-plan's starts are compared as they start, without trials: at 3,000 hospitals
     * (18,000) a trial's construction heuristic alone outlasts its share of a 10 s limit, and trials cost the winner
     * more than they found (63.3 t short against 49.4 t on the benchmark's tanker failure); up to 1,000 (about 6,000)
     * they cost nothing measurable.
     */
    static final int TRIAL_MAX_ENTITIES = 10_000;

    /**
     * A re-plan's start: the published plan as replayed, that plan completed by the flow, or the flow's own plan from
     * scratch. Completing can break capacities the replay already fills (the flow counts them free), so only starts
     * that break no hard rule compete where one does. Where several do, on days up to {@link #TRIAL_MAX_ENTITIES} lots
     * and batches, each is searched for a tenth of the time limit and the best plan found goes on: scored as they
     * start, the replay (its trips whole, where the flow's packing leaves lots open) looked better on a day whose
     * failed tanker's load the others could carry only in new trips, and the search from it stalled at twice the
     * shortage it reached from scratch (docs/benchmarks.md). The stability rules then pull the winner's search back
     * towards the published plan.
     */
    private Assignments bestStartOf(List<Assignments> candidates, PreparedProblem prepared, Duration timeLimit) {
        OxygenAllocation solution = prepared.solution();
        List<Assignments> feasible = new ArrayList<>();
        Assignments best = null;
        HardMediumSoftLongScore bestScore = null;
        for (Assignments candidate : candidates) {
            candidate.restore(solution);
            HardMediumSoftLongScore score = score(solution);
            // A start equal to another (a disruption that does not bite: all three alike) is tried once.
            if (score.isFeasible() && !feasible.contains(candidate)) {
                feasible.add(candidate);
            }
            if (bestScore == null || score.compareTo(bestScore) > 0) {
                best = candidate;
                bestScore = score;
            }
        }
        // Whole milliseconds: Timefold's time limits take no finer unit.
        long trialNanos = Math.min(Math.min((long) (timeLimit.toNanos() * TRIAL_SHARE), LONGEST_TRIAL.toNanos()),
                (deadlineNanos(prepared, timeLimit) - System.nanoTime()) / (2L * Math.max(1, feasible.size())));
        Duration trial = Duration.ofMillis(TimeUnit.NANOSECONDS.toMillis(trialNanos));
        int entities = solution.getLoxLots().size() + solution.getRefillBatches().size();
        if (feasible.size() < 2 || trial.compareTo(LEAST_TRIAL) < 0 || entities > TRIAL_MAX_ENTITIES) {
            return best;
        }
        bestScore = null;
        for (Assignments candidate : feasible) {
            candidate.restore(solution);
            OxygenAllocation tried = solverFactory.buildSolver(new SolverConfigOverride<OxygenAllocation>()
                    .withTerminationConfig(new TerminationConfig().withSpentLimit(trial)))
                    .solve(solution);
            if (bestScore == null || tried.getScore().compareTo(bestScore) > 0) {
                best = Assignments.carriedOnto(tried, solution);
                bestScore = tried.getScore();
            }
        }
        return best;
    }

    /** Every lot's trip and every batch's route, to go back to. */
    private record Assignments(Map<LoxLot, TankerTrip> trips, Map<RefillBatch, RefillRoute> routes) {

        static Assignments of(OxygenAllocation solution) {
            Map<LoxLot, TankerTrip> trips = new HashMap<>();
            solution.getLoxLots().forEach(lot -> trips.put(lot, lot.getTrip()));
            Map<RefillBatch, RefillRoute> routes = new HashMap<>();
            solution.getRefillBatches().forEach(batch -> routes.put(batch, batch.getRoute()));
            return new Assignments(trips, routes);
        }

        /** A solved copy's trips and routes, onto the same lots and batches of {@code original} (lists keep order). */
        static Assignments carriedOnto(OxygenAllocation copy, OxygenAllocation original) {
            Map<LoxLot, TankerTrip> trips = new HashMap<>();
            for (int i = 0; i < original.getLoxLots().size(); i++) {
                trips.put(original.getLoxLots().get(i), copy.getLoxLots().get(i).getTrip());
            }
            Map<RefillBatch, RefillRoute> routes = new HashMap<>();
            for (int i = 0; i < original.getRefillBatches().size(); i++) {
                routes.put(original.getRefillBatches().get(i), copy.getRefillBatches().get(i).getRoute());
            }
            return new Assignments(trips, routes);
        }

        void restore(OxygenAllocation solution) {
            trips.forEach(LoxLot::setTrip);
            routes.forEach(RefillBatch::setRoute);
        }
    }

    /**
     * Solves from the starting solution; the plan is back within the time limit counted from the start of the
     * preparation ({@link #deadlineNanos}). The listener sees each new best solution (a copy, on the solver thread:
     * read it, do not change it).
     */
    public OxygenAllocation solve(PreparedProblem prepared, Duration timeLimit, Consumer<OxygenAllocation> onNewBest) {
        return solve(prepared, timeLimit, Strategy.WARM_STARTED, onNewBest);
    }

    /**
     * Solves as the strategy says; the benchmarks compare them. The solver stops at the deadline wherever it is (its
     * own time limit would count only from its start, after the starting solution and its setup); when preparing
     * took the whole limit, the starting solution is the plan.
     */
    public OxygenAllocation solve(PreparedProblem prepared, Duration timeLimit, Strategy strategy,
            Consumer<OxygenAllocation> onNewBest) {
        long deadline = deadlineNanos(prepared, timeLimit);
        OxygenAllocation start = strategy == Strategy.WARM_STARTED ? startingSolution(prepared, timeLimit) : prepared.solution();
        // Whole milliseconds: Timefold's time limits take no finer unit.
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            score(start);
            return start;
        }
        SolverFactory<OxygenAllocation> factory = strategy == Strategy.CONSTRUCTION_ONLY ? constructionOnly() : solverFactory;
        Solver<OxygenAllocation> solver = factory.buildSolver(new SolverConfigOverride<OxygenAllocation>()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(left))));
        solver.addEventListener(event -> onNewBest.accept(event.getNewBestSolution()));
        ScheduledFuture<?> stop = atDeadline(prepared, timeLimit, Duration.ZERO, solver::terminateEarly);
        try {
            return solver.solve(start);
        } finally {
            stop.cancel(false);
        }
    }

    /**
     * When a solve must stop ({@link System#nanoTime}) for its plan to be reported within the time limit counted from
     * the start of the preparation: the limit less what reporting takes, about {@link #REPORT_NANOS_PER_ENTITY} per
     * lot and batch (measured: 0.3 to 0.5 s at 3,000 hospitals, 40,000 lots and batches, before tanker days; with them
     * plans at that size still came back up to 1.1 s late at 40 µs, see docs/benchmarks.md).
     */
    public long deadlineNanos(PreparedProblem prepared, Duration timeLimit) {
        OxygenAllocation solution = prepared.solution();
        long reserve = REPORT_NANOS_FIXED
                + REPORT_NANOS_PER_ENTITY * (solution.getLoxLots().size() + solution.getRefillBatches().size());
        return prepared.startedNanos() + timeLimit.toNanos() - reserve;
    }

    /**
     * A SolverManager on the same configuration, for a service that solves several plans: at most
     * {@code parallelSolverCount} at once, the others queued in order. Its problem finder gives
     * {@link #startingSolution}; its solves set their own time limits.
     */
    public SolverManager<OxygenAllocation, Long> solverManager(int parallelSolverCount) {
        return SolverManager.create(solverFactory, new SolverManagerConfig().withParallelSolverCount(String.valueOf(parallelSolverCount)));
    }

    /**
     * A change to the day of a running solve, for {@link SolverManager#addProblemChange}: the changed day, prepared
     * (with its bound) from {@code changed}, replaces the running one, starting from the better of its own starting
     * solution and the solver's best carried over. Prepares here, on the caller's thread, so that the solver waits
     * only for the swap.
     *
     * @param changed the prepared changed day, from {@link #prepare}; report the solve's later plans with it
     */
    public ProblemChange<OxygenAllocation> dayChange(PreparedProblem changed) {
        // The changed day's own start, which the change weighs against the carried one; without trials of a re-plan's
        // starts, which would search on the caller's thread beside the running solver while the change waits.
        startingSolution(changed, Duration.ZERO);
        return DayChange.of(changed, this::score);
    }

    /** The plan people read: quotas, trips, refills, uses and every rule's matches in words. */
    public Plan report(PreparedProblem prepared, OxygenAllocation solved) {
        return PlanReporter.report(prepared, solved, analyze(solved), constraints);
    }

    public ScoreAnalysis<HardMediumSoftLongScore> analyze(OxygenAllocation solution) {
        return solutionManager.analyze(solution);
    }

    public HardMediumSoftLongScore score(OxygenAllocation solution) {
        return solutionManager.update(solution);
    }

    /**
     * Timefold 1.32 exposes the constraint meta model publicly only through its Spring and Quarkus integrations,
     * so the plain library reads it from the score director factory.
     */
    private static Map<String, ConstraintInfo> constraintCatalogue(SolverFactory<OxygenAllocation> factory) {
        var scoreDirectorFactory = (AbstractConstraintStreamScoreDirectorFactory<?, ?, ?>)
                ((DefaultSolverFactory<OxygenAllocation>) factory).getScoreDirectorFactory();
        Map<String, ConstraintInfo> catalogue = new LinkedHashMap<>();
        List<Constraint> ordered = scoreDirectorFactory.getConstraintMetaModel().getConstraints().stream()
                .sorted(Comparator.comparing(AllocationEngine::levelOrder)).toList();
        for (Constraint constraint : ordered) {
            HardMediumSoftLongScore weight = constraint.getConstraintWeight();
            String level = weight.hardScore() != 0 ? "hard" : weight.mediumScore() != 0 ? "medium" : "soft";
            // The meta model reports a penalty's weight negated; analysts set and read it positive.
            long value = Math.abs(weight.hardScore() + weight.mediumScore() + weight.softScore());
            catalogue.put(constraint.getConstraintRef().constraintName(), new ConstraintInfo(
                    constraint.getConstraintRef().constraintName(), constraint.getDescription(),
                    constraint.getConstraintGroup(), level, value));
        }
        return catalogue;
    }

    private static int levelOrder(Constraint constraint) {
        HardMediumSoftLongScore weight = constraint.getConstraintWeight();
        return weight.hardScore() != 0 ? 0 : weight.mediumScore() != 0 ? 1 : 2;
    }
}
