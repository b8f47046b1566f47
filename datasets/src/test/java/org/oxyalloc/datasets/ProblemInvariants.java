package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.solver.ProblemTravel;
import org.oxyalloc.travel.Leg;
import org.oxyalloc.travel.TravelModel;

/**
 * What every dataset and generated problem must meet: the product's own reader finds no error and no warning. Problems
 * are written as the builder writes them, so a road network must be inline (read the dataset with ProblemReader first).
 */
final class ProblemInvariants {

    private static final ProblemReader READER = new AllocationEngine().reader();

    private ProblemInvariants() {
    }

    /** A problem file as the engine reads it, with the road network file it refers to read and inline; no issue allowed. */
    static Problem read(Path file) throws IOException {
        ProblemReading reading = READER.read(file);
        assertThat(reading.issues()).as(file.toString()).isEmpty();
        return reading.problem();
    }

    static void assertValid(Problem problem) throws Exception {
        ProblemReading reading = READER.read(DatasetBuilder.JSON.writeValueAsString(problem));
        assertThat(reading.issues()).as(problem.region()).isEmpty();
    }

    /** Every hospital that can reach {@code from} within the problem's maxTravelHours, on its road network if it has one. */
    static List<Hospital> within(Problem problem, Location from) {
        TravelModel travel = ProblemTravel.of(problem);
        Leg[][] legs = travel.legs(ProblemTravel.points(problem.hospitals().stream().map(Hospital::location).toList()),
                List.of(ProblemTravel.point(from)));
        double max = problem.effectiveSettings().maxTravelHours();
        return IntStream.range(0, legs.length).filter(h -> legs[h][0].hours() <= max).mapToObj(problem.hospitals()::get).toList();
    }
}
