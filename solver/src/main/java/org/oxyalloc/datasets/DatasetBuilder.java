package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.oxyalloc.problem.ProblemJson;

/**
 * Builds the project's problem datasets from the public source data, byte for byte the same on every run.
 * Run: {@code ./oxyalloc datasets} from the project root.
 */
public final class DatasetBuilder {

    /** The project's mapper, with "\n" line feeds on every OS so the files are the same bytes everywhere. */
    private static final ObjectWriter JSON = ProblemJson.mapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private DatasetBuilder() {
    }

    public static List<Path> build(Path sourcesDir, Path outDir) throws IOException {
        Sources sources = Sources.read(sourcesDir);
        List<Dataset> datasets = List.of(LampungDataset.build(sources), JakartaMonasDataset.build(sources),
                BantenDataset.build(sources), KabBogorDataset.build(sources));
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (Dataset dataset : datasets) {
            Path file = outDir.resolve(dataset.fileName());
            Files.writeString(file, JSON.writeValueAsString(dataset.problem()) + "\n", StandardCharsets.UTF_8);
            written.add(file);
        }
        Path readme = outDir.resolve("README.md");
        Files.writeString(readme, Readme.markdown(sources, datasets), StandardCharsets.UTF_8);
        written.add(readme);
        return written;
    }
}
