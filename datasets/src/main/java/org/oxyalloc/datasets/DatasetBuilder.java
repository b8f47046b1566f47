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
    static final ObjectWriter JSON = ProblemJson.mapper()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private DatasetBuilder() {
    }

    public static List<Path> build(Path sourcesDir, Path outDir) throws IOException {
        Sources sources = Sources.read(sourcesDir);
        SundaStraitNetwork network = SundaStraitNetwork.build(sources);
        List<Dataset> datasets = List.of(LampungDataset.build(sources, network), JakartaMonasDataset.build(sources, network),
                BantenDataset.build(sources), KabBogorDataset.build(sources));
        List<Path> written = new ArrayList<>();
        written.add(writeJson(outDir.resolve(SundaStraitNetwork.FILE), network.network()));
        for (Dataset dataset : datasets) {
            written.add(writeJson(outDir.resolve(dataset.fileName()), dataset.problem()));
        }
        Path readme = outDir.resolve("README.md");
        Files.writeString(readme, Readme.markdown(sources, network, datasets), StandardCharsets.UTF_8);
        written.add(readme);
        return written;
    }

    private static Path writeJson(Path file, Object value) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
