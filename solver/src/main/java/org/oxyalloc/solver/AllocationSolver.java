package org.oxyalloc.solver;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.score.stream.common.AbstractConstraintStreamScoreDirectorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import org.oxyalloc.bound.Bounds;
import org.oxyalloc.bound.MinCostFlowSolver;
import org.oxyalloc.bound.ShortageWeights;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.travel.RoadTravel;
import org.oxyalloc.travel.StraightLineTravel;
import org.oxyalloc.travel.TravelModel;

/**
 * The engine's entry point: prepares a problem, solves it within a time limit, and analyses the score. Thread-safe;
 * build one and share it, since building the solver factory compiles the constraints.
 */
public final class AllocationSolver {

    private final SolverFactory<OxygenAllocation> solverFactory;
    private final SolutionManager<OxygenAllocation, HardMediumSoftLongScore> solutionManager;
    private final Map<String, ConstraintInfo> constraints;
    private final Bounds bounds;
    private volatile SolverFactory<OxygenAllocation> constructionOnly;

    public AllocationSolver() {
        this(MinCostFlowSolver.standard());
    }

    /** @param flowSolver the min-cost flow behind the bound and the warm start */
    public AllocationSolver(MinCostFlowSolver flowSolver) {
        this.solverFactory = SolverFactory.create(solverConfig());
        this.solutionManager = SolutionManager.create(solverFactory);
        this.constraints = constraintCatalogue(solverFactory);
        this.bounds = new Bounds(flowSolver);
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

    /** The shared configuration, also used by the service; see solverConfig.xml for the phases and moves. */
    public static final String SOLVER_CONFIG = "org/oxyalloc/solver/solverConfig.xml";

    public static SolverConfig solverConfig() {
        return SolverConfig.createFromXmlResource(SOLVER_CONFIG);
    }

    /** The constraints by name, in the provider's order. */
    public Map<String, ConstraintInfo> constraints() {
        return constraints;
    }

    /**
     * Prepares a valid problem: travel on its road network when it has one (read, not a file reference), else the
     * straight-line estimate of its settings, which also gives the access legs to the network.
     */
    public PreparedProblem prepare(Problem problem) {
        StraightLineTravel straightLine = StraightLineTravel.of(problem.effectiveSettings().travel());
        Problem.RoadNetwork network = problem.roadNetwork();
        if (network != null && network.refersToFile()) {
            throw new IllegalArgumentException("road network file '" + network.file() + "' was not read; use ProblemReader.read(Path)");
        }
        return prepare(problem, network == null ? straightLine : RoadTravel.of(network, straightLine));
    }

    public PreparedProblem prepare(Problem problem, TravelModel travel) {
        PreparedProblem prepared = AllocationBuilder.build(problem, travel, weights(problem.effectiveSettings().constraintWeights()));
        return prepared.withBound(bounds.compute(prepared.solution(), shortageWeights(prepared.solution())));
    }

    /** The weights in force for the rules the flow relaxation keeps: the problem's overrides, else the defaults. */
    ShortageWeights shortageWeights(OxygenAllocation solution) {
        return new ShortageWeights(weight(solution, AllocationConstraintProvider.LOX_SHORTAGE),
                weight(solution, AllocationConstraintProvider.CYLINDER_SHORTAGE),
                weight(solution, AllocationConstraintProvider.UNFAIR_LOX_SHORTAGE),
                weight(solution, AllocationConstraintProvider.UNFAIR_CYLINDER_SHORTAGE),
                weight(solution, AllocationConstraintProvider.TRANSPORT_TON_KM),
                weight(solution, AllocationConstraintProvider.REFILL_TRAVEL));
    }

    private long weight(OxygenAllocation solution, String constraint) {
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
     * Solves until the time limit; the listener sees each new best solution (a copy, on the solver thread: read it,
     * do not change it).
     */
    public OxygenAllocation solve(PreparedProblem prepared, Duration timeLimit, Consumer<OxygenAllocation> onNewBest) {
        return solve(prepared, timeLimit, Strategy.WARM_STARTED, onNewBest);
    }

    public OxygenAllocation solve(PreparedProblem prepared, Duration timeLimit, Strategy strategy,
            Consumer<OxygenAllocation> onNewBest) {
        if (strategy == Strategy.WARM_STARTED) {
            warmStart(prepared);
        }
        SolverFactory<OxygenAllocation> factory = strategy == Strategy.CONSTRUCTION_ONLY ? constructionOnly() : solverFactory;
        Solver<OxygenAllocation> solver = factory.buildSolver(new SolverConfigOverride<OxygenAllocation>()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)));
        solver.addEventListener(event -> onNewBest.accept(event.getNewBestSolution()));
        return solver.solve(prepared.solution());
    }

    /**
     * Starts the prepared solution from the flow relaxation's plan, so that local search spends its time on what the
     * flow cannot express (whole tanker trips, one supplier per hospital). Lots already assigned are kept.
     */
    public void warmStart(PreparedProblem prepared) {
        bounds.warmStart(prepared.solution(), shortageWeights(prepared.solution()));
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
                .sorted(Comparator.comparing(AllocationSolver::levelOrder)).toList();
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
