package org.oxyalloc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.ProblemIssue;
import org.oxyalloc.problem.ProblemReading;

/** Reads a problem file for a command and prints every issue found in it. */
final class ProblemFiles {

    private ProblemFiles() {
    }

    static ProblemReading read(Path file, AllocationEngine engine, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such problem file");
        }
        ProblemReading reading = engine.reader().read(file);
        for (ProblemIssue issue : reading.issues()) {
            err.println(file + ": " + issue);
        }
        return reading;
    }
}
