package org.oxyalloc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.PreparedProblem;

/**
 * A change to the day reaches a running solve: the changed day's model takes the working one's place, starting from
 * the better of the solver's best carried over and the changed day's own start, and the solve goes on.
 */
class DayChangeTest {

    private static AllocationEngine engine;

    @BeforeAll
    static void buildEngine() {
        engine = new AllocationEngine();
    }

    /** Two suppliers and six hospitals; NORTH has {@code northTons} of LOX. */
    private static Problem day(double northTons) {
        return problem(List.of(supplier("NORTH", -5.40, 105.30, northTons, true, AMPLE_FLEET, 40, List.of()),
                        supplier("SOUTH", -5.46, 105.33, 3, true, AMPLE_FLEET, 0, List.of())),
                List.of(hospital("H1", -5.41, 105.31, 2.0, 0, 6, 10, 10, List.of()),
                        hospital("H2", -5.39, 105.29, 1.5, 0, 6, 0, 0, List.of()),
                        hospital("H3", -5.44, 105.33, 1.8, 0, 6, 0, 0, List.of()),
                        hospital("H4", -5.45, 105.34, 1.2, 0, 6, 20, 20, List.of()),
                        hospital("H5", -5.42, 105.30, 1.0, 0, 6, 0, 0, List.of()),
                        hospital("H6", -5.47, 105.32, 0.9, 0, 6, 0, 0, List.of())),
                List.of(), 3);
    }

    private static long kgFrom(OxygenAllocation solution, String supplierId) {
        return solution.getLoxLots().stream().filter(lot -> lot.getTrip() != null
                && lot.getTrip().getSupplier().getId().equals(supplierId)).mapToLong(LoxLot::getKg).sum();
    }

    private static Map<String, Long> kgByHospitalAndTrip(OxygenAllocation solution) {
        return solution.getLoxLots().stream().filter(lot -> lot.getTrip() != null).collect(Collectors.groupingBy(
                lot -> lot.getHospital().getId() + "@" + lot.getTrip().getId(), Collectors.summingLong(LoxLot::getKg)));
    }

    /** Applies each change at once, as the solver's director does, and counts what it was asked. */
    private static final class ApplyingDirector implements ProblemChangeDirector {
        final List<Object> removed = new ArrayList<>();
        final List<Object> added = new ArrayList<>();

        @Override
        public <E> void addEntity(E entity, Consumer<E> consumer) {
            added.add(entity);
            consumer.accept(entity);
        }

        @Override
        public <E> void removeEntity(E entity, Consumer<E> consumer) {
            removed.add(entity);
            consumer.accept(entity);
        }

        @Override
        public <E> void changeVariable(E entity, String variableName, Consumer<E> consumer) {
            consumer.accept(entity);
        }

        @Override
        public <F> void addProblemFact(F fact, Consumer<F> consumer) {
            added.add(fact);
            consumer.accept(fact);
        }

        @Override
        public <F> void removeProblemFact(F fact, Consumer<F> consumer) {
            removed.add(fact);
            consumer.accept(fact);
        }

        @Override
        public <E> void changeProblemProperty(E object, Consumer<E> consumer) {
            consumer.accept(object);
        }

        @Override
        public <E> E lookUpWorkingObjectOrFail(E object) {
            return object;
        }

        @Override
        public <E> Optional<E> lookUpWorkingObject(E object) {
            return Optional.ofNullable(object);
        }

        @Override
        public void updateShadowVariables() {
        }
    }

    @Test
    void theChangedDayReplacesTheWorkingOneAndKeepsWhatStillFits() {
        PreparedProblem before = engine.prepare(day(4));
        OxygenAllocation working = engine.startingSolution(before, Duration.ofSeconds(1));
        Map<String, Long> planned = kgByHospitalAndTrip(working);
        List<Object> oldFacts = working.problemFacts();
        // An extra tonne at SOUTH changes nothing that was planned: the working plan still fits the changed day.
        Problem changed = day(4);
        List<Problem.Supplier> suppliers = new ArrayList<>(changed.suppliers());
        Problem.Supplier south = suppliers.get(1);
        suppliers.set(1, supplier("SOUTH", south.location().lat(), south.location().lon(), 4, true, AMPLE_FLEET, 0, List.of()));
        PreparedProblem next = engine.prepare(new Problem(changed.region(), changed.date(), changed.settings(), suppliers,
                changed.hospitals(), changed.collectionPosts(), null, null));
        HardMediumSoftLongScore workingScore = engine.score(working);

        ApplyingDirector director = new ApplyingDirector();
        engine.dayChange(next).doChange(working, director);

        assertThat(next.describes(working)).as("the working solution now has the changed day's facts").isTrue();
        assertThat(before.describes(working)).as("though it was the first day's own solution").isFalse();
        assertThat(working.getLoxLots()).isEqualTo(next.solution().getLoxLots());
        assertThat(director.removed).containsAll(oldFacts);
        assertThat(director.added).containsAll(next.solution().problemFacts()).containsAll(next.solution().getLoxLots());
        HardMediumSoftLongScore changedScore = engine.score(working);
        assertThat(changedScore.compareTo(workingScore)).as("at least as good as the plan carried over").isGreaterThanOrEqualTo(0);
        if (changedScore.equals(workingScore)) {
            assertThat(kgByHospitalAndTrip(working)).as("carried over, trip by trip").isEqualTo(planned);
        }
    }

    @Test
    void aSupplierThatStopsWhileTheSolveRunsLosesItsLotsAndTheSolveGoesOn() throws Exception {
        PreparedProblem before = engine.prepare(day(4));
        OxygenAllocation start = engine.startingSolution(before, Duration.ofSeconds(1));
        assertThat(kgFrom(start, "NORTH")).as("NORTH delivers before it stops").isPositive();
        PreparedProblem stopped = engine.prepare(day(0));
        AtomicBoolean changeSent = new AtomicBoolean();
        AtomicReference<CompletableFuture<Void>> applied = new AtomicReference<>();
        AtomicReference<OxygenAllocation> changedBest = new AtomicReference<>();
        try (SolverManager<OxygenAllocation, Long> solvers = engine.solverManager(1)) {
            var job = solvers.solveBuilder().withProblemId(1L).withProblem(start)
                    .withConfigOverride(new SolverConfigOverride<OxygenAllocation>()
                            .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(3))))
                    .withBestSolutionEventConsumer(event -> {
                        if (stopped.describes(event.solution())) {
                            changedBest.set(event.solution());
                        } else if (changeSent.compareAndSet(false, true)) {
                            applied.set(solvers.addProblemChange(1L, engine.dayChange(stopped)));
                        }
                    })
                    .run();
            OxygenAllocation end = job.getFinalBestSolution();
            applied.get().get(10, TimeUnit.SECONDS);

            assertThat(stopped.describes(end)).as("the solve ended on the changed day").isTrue();
            assertThat(changedBest.get()).as("best solutions of the changed day came while it solved").isNotNull();
            assertThat(kgFrom(end, "NORTH")).isZero();
            assertThat(end.getScore().hardScore()).isZero();
            assertThat(engine.score(end)).as("its score is the changed day's").isEqualTo(end.getScore());
        }
    }
}
