package org.oxyalloc.api.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.text.Phrase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The demo datasets: the problem files in the datasets folder (datasets/*.json at the project root). */
@Service
public class DemoDatasets {

    /** A dataset by name (its file name without .json). */
    public record Dataset(String name, String file) {
    }

    private final Path folder;
    private final ProblemReader reader;
    private final PlanService plans;

    // A String, not a Path: in a web application Spring would resolve a Path property against the servlet context.
    DemoDatasets(@Value("${oxyalloc.demo.datasets-dir}") String folder, ProblemReader reader, PlanService plans) {
        this.folder = Path.of(folder);
        this.reader = reader;
        this.plans = plans;
    }

    public List<Dataset> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .map(file -> new Dataset(file.getFileName().toString().replaceFirst("\\.json$", ""),
                            folder.relativize(file).toString()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
    }

    /** Submits a dataset as a new plan; read from its file so that the road network file it names is inlined. */
    long load(String name, String timeLimit, boolean solve) {
        Dataset dataset = list().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException(Phrase.of("notFound.dataset", name)));
        Path file = folder.resolve(dataset.file());
        ProblemReading reading;
        try {
            reading = reader.read(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return plans.submit(reading, "", new PlanService.SubmitOptions(timeLimit, solve, null, "dataset " + name));
    }
}
