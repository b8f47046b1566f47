package org.oxyalloc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.oxyalloc.datasets.DatasetBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "datasets", description = "Rebuilds the datasets from the public source data (the same bytes every run).")
final class DatasetsCommand implements Callable<Integer> {

    @Option(names = "--sources", paramLabel = "DIR", defaultValue = "datasets/sources",
            description = "The source CSV files. Default: ${DEFAULT-VALUE}")
    Path sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "datasets",
            description = "Where to write the datasets. Default: ${DEFAULT-VALUE}")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(sources)) {
            spec.commandLine().getErr().println("error: --sources " + sources
                    + ": no such directory; expected the source data (datasets/sources in the project)");
            return ExitCode.IO_ERROR;
        }
        DatasetBuilder.build(sources, out).forEach(file -> spec.commandLine().getOut().println("wrote " + file));
        return ExitCode.OK;
    }
}
