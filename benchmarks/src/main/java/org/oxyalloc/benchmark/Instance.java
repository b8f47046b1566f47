package org.oxyalloc.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.oxyalloc.datasets.SyntheticGenerator;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemReading;

/**
 * A benchmark instance: a generated problem or a dataset. Generated instances of one size and fleet ratio form a
 * group, one instance per seed, so that results are read as the median and the worst over the group's seeds.
 */
public record Instance(String name, String group, Problem problem) {

    /** Supply 80 % of the need, as on the scarce days the engine is for. */
    static final double SUPPLY_RATIO = 0.8;

    /** Suppliers: one per ten hospitals, at least 2. */
    public static int suppliersFor(int hospitals) {
        return Math.max(2, hospitals / 10);
    }

    /** One supplier per ten hospitals. */
    public static Instance generated(long seed, int hospitals, double fleetRatio) {
        return generated(seed, hospitals, suppliersFor(hospitals), fleetRatio);
    }

    /** @throws IllegalArgumentException for sizes the generator does not make */
    public static Instance generated(long seed, int hospitals, int suppliers, double fleetRatio) {
        String group = hospitals + " hospitals x " + suppliers + " suppliers" + (fleetRatio == 1 ? "" : ", fleet " + fleetRatio);
        return new Instance(group + ", seed " + seed, group,
                SyntheticGenerator.generate(seed, hospitals, suppliers, SUPPLY_RATIO, fleetRatio));
    }

    /** A problem file, which must be valid. */
    public static Instance read(AllocationEngine engine, Path file) throws IOException {
        ProblemReading reading = engine.reader().read(file);
        if (!reading.isValid()) {
            throw new IllegalArgumentException(file + " is not valid: " + reading.errors());
        }
        String name = file.getFileName().toString();
        return new Instance(name, name, reading.problem());
    }

    /** The problem files of a folder, by name. */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
