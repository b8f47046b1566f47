package org.oxyalloc.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxyalloc.bound.ScarceResources.Kind;
import org.oxyalloc.bound.ScarceResources.ScarceResource;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.ProblemFactory;

/**
 * The ranking of scarce resources against the truth it estimates: the same day prepared again from a problem with one
 * more unit of the resource, whose bound's least shortage must fall by what the ranking says, and by nothing for every
 * resource the ranking leaves out.
 */
class ScarceResourcesTest {

    /** The bound rounds each day's least shortage up to the kg; the linear program is exact to its tolerances. */
    private static final double KG_TOLERANCE = 1.5;
    /** Tight fleets: one 3 t tanker with 4 h of driving per supplier, so that tanker days bind as well as supplies. */
    private static final Problem.Fleet TIGHT_FLEET = new Problem.Fleet(1, 3, 4);
    private static final long[] SEEDS = {11, 12, 13, 14, 15, 16};

    private static AllocationEngine engine;

    @BeforeAll
    static void buildEngine() {
        engine = new AllocationEngine();
    }

    @Test
    void eachRankedResourceServesWhatSolvingAgainWithOneMoreUnitServesAndTheRestServeNothing() {
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        List<Problem> days = new ArrayList<>();
        for (long seed : SEEDS) {
            days.add(ProblemFactory.scarceDay(seed, 5, 14, TIGHT_FLEET));
        }
        days.add(shuttleBoundDay());
        for (int seed = 0; seed < days.size(); seed++) {
            Problem day = days.get(seed);
            long least = engine.prepare(day).bound().minimumShortageKg();
            List<ScarceResource> ranked = engine.prepare(day).scarceResources().ranked();

            assertThat(ranked).as("seed %d, most first", seed).isSortedAccordingTo(
                    (a, b) -> Double.compare(b.moreServedKg(), a.moreServedKg()));
            for (ScarceResource resource : ranked) {
                seen.add(resource.kind());
                double served = least - leastShortageWithOneMore(day, resource.kind(), resource.id());
                assertThat(resource.moreServedKg()).as("seed %d, %s at %s", seed, resource.kind(), resource.id())
                        .isCloseTo(served, within(KG_TOLERANCE));
                assertThat(resource.marginalKg()).as("the dual's rate is worth at least the whole unit")
                        .isGreaterThanOrEqualTo(resource.moreServedKg());
            }
            for (Unit unit : allUnits(day)) {
                boolean isRanked = ranked.stream().anyMatch(r -> r.kind() == unit.kind() && r.id().equals(unit.id()));
                if (!isRanked) {
                    assertThat((double) (least - leastShortageWithOneMore(day, unit.kind(), unit.id())))
                            .as("seed %d, %s at %s is left out, so one more serves nothing", seed, unit.kind(), unit.id())
                            .isLessThanOrEqualTo(KG_TOLERANCE);
                }
            }
        }
        assertThat(seen).as("the days exercise every kind of resource").containsExactlyInAnyOrderElementsOf(
                EnumSet.allOf(Kind.class));
    }

    @Test
    void aDayWithEnoughOfEverythingHasNothingScarce() {
        Problem ample = ProblemFactory.problem(
                List.of(ProblemFactory.supplier("S", -5.40, 105.30, 50, true, ProblemFactory.AMPLE_FLEET, 500, List.of())),
                List.of(ProblemFactory.hospital("A", -5.41, 105.31, 1.0, 0, 5, 20, 20, List.of())),
                List.of(), 4);
        ScarceResources.Ranking ranking = engine.prepare(ample).scarceResources();
        assertThat(ranking.ranked()).isEmpty();
        assertThat(ranking.method()).contains("0 of 0 binding resources");
    }

    /**
     * Four hospitals that can refill only through a post whose one truck shuttles 90 cylinders a day, 30 per hospital,
     * to a station with slots to spare: the truck binds, twice over (its capacity and the quota per hospital).
     */
    private static Problem shuttleBoundDay() {
        Problem.Supplier station = ProblemFactory.supplier("FAR", -5.40, 108.30, 0, true, ProblemFactory.AMPLE_FLEET,
                500, List.of());
        List<Problem.Hospital> hospitals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            hospitals.add(ProblemFactory.hospital("H" + i, -5.40 + 0.01 * i, 105.30, 0, 0, 0, 40, 40, List.of()));
        }
        Problem.CollectionPost post = new Problem.CollectionPost("POST", "Post", new Problem.Location(-5.40, 105.31),
                "FAR", 1, 30, 4, 12, 10);
        return ProblemFactory.problem(List.of(station), hospitals, List.of(post), 2.5);
    }

    private record Unit(Kind kind, String id) {
    }

    /** Every resource the day has: a supplier without refill slots is no station, so a slot more is not asked for. */
    private static List<Unit> allUnits(Problem day) {
        List<Unit> units = new ArrayList<>();
        for (Problem.Supplier supplier : day.suppliers()) {
            if (supplier.medicalGrade()) {
                units.add(new Unit(Kind.LOX_TON, supplier.id()));
                units.add(new Unit(Kind.TANKER_DAY, supplier.id()));
                if (supplier.refillCylindersOrZero() > 0) {
                    units.add(new Unit(Kind.REFILL_SLOT, supplier.id()));
                }
            }
        }
        day.collectionPosts().forEach(post -> units.add(new Unit(Kind.POST_TRUCK, post.id())));
        return units;
    }

    /** The bound's least shortage of the day written again with one more unit of a resource. */
    private static long leastShortageWithOneMore(Problem day, Kind kind, String id) {
        Problem more = switch (kind) {
            case LOX_TON -> withSupplier(day, id, s -> supplier(s, s.loxTons() + 1, s.effectiveTankers(), s.refillCylinders()));
            case TANKER_DAY -> withSupplier(day, id, s -> {
                List<Problem.Tanker> tankers = new ArrayList<>(s.effectiveTankers());
                Problem.Tanker largest = tankers.stream().max((a, b) -> Double.compare(a.tons(), b.tons())).orElseThrow();
                tankers.add(new Problem.Tanker("ONE-MORE", largest.tons(), largest.drivingHours(), largest.workingHours()));
                return supplier(s, s.loxTons(), tankers, s.refillCylinders());
            });
            case REFILL_SLOT -> withSupplier(day, id, s -> supplier(s, s.loxTons(), s.effectiveTankers(), s.refillCylinders() + 1));
            case POST_TRUCK -> new Problem(day.region(), day.date(), day.settings(), day.suppliers(), day.hospitals(),
                    day.collectionPosts().stream().map(p -> p.id().equals(id)
                            ? new Problem.CollectionPost(p.id(), p.name(), p.location(), p.stationId(), p.trucks() + 1,
                                    p.cylindersPerTrip(), p.roundTripHours(), p.operatingHoursPerDay(),
                                    p.quotaPerHospitalPerTrip())
                            : p).toList(),
                    day.roadNetwork(), null);
        };
        return engine.prepare(more).bound().minimumShortageKg();
    }

    private static Problem withSupplier(Problem day, String id, UnaryOperator<Problem.Supplier> change) {
        return new Problem(day.region(), day.date(), day.settings(),
                day.suppliers().stream().map(s -> s.id().equals(id) ? change.apply(s) : s).toList(), day.hospitals(),
                day.collectionPosts(), day.roadNetwork(), null);
    }

    private static Problem.Supplier supplier(Problem.Supplier s, Double loxTons, List<Problem.Tanker> tankers,
            Integer refillCylinders) {
        return new Problem.Supplier(s.id(), s.name(), s.kind(), s.location(), loxTons, s.medicalGrade(), null, tankers,
                refillCylinders, s.reservedGroups(), null);
    }
}
