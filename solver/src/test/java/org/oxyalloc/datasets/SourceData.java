package org.oxyalloc.datasets;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/data/sources next to the project root, walking up from the working directory. */
final class SourceData {

    private SourceData() {
    }

    static Path directory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("sources");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("source data not found: no shared/data/sources beside " + start
                + " or any of its parents (the project expects it at ../shared/data/sources from its root)");
    }
}
