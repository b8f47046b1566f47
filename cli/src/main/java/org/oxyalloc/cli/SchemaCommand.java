package org.oxyalloc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.oxyalloc.problem.ProblemSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "schema", description = "Prints the JSON Schema of the problem file (or of a road network file), or writes it to a file.")
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Write the schema here instead of printing it.")
    Path out;

    @Option(names = "--network", description = "The schema of a road network file instead of a problem file.")
    boolean network;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String schema = network ? ProblemSchema.networkText() : ProblemSchema.text();
        if (out == null) {
            spec.commandLine().getOut().print(schema);
        } else {
            Files.writeString(out, schema);
        }
        return ExitCode.OK;
    }
}
