package org.oxyalloc.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.oxyalloc.datasets.OsmRoads;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "network", description = "Road network tools.", subcommands = NetworkCommand.FromOsm.class)
final class NetworkCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "from-osm", description = "Converts an OpenStreetMap XML extract (.osm) into a road network file;"
            + " see docs/road-network.md for how to cut and filter the extract first.")
    static final class FromOsm implements Callable<Integer> {

        @Parameters(paramLabel = "EXTRACT.osm", description = "OpenStreetMap XML, e.g. from osmium or the Overpass API.")
        Path extract;

        @Option(names = "--name", required = true, description = "Name of the network, shown in plans.")
        String name;

        @Option(names = "--out", required = true, paramLabel = "NETWORK.json", description = "The network file to write.")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(extract)) {
                throw new NoSuchFileException(extract.toString(), null, "no such OpenStreetMap extract");
            }
            Problem.RoadNetwork network;
            try (InputStream in = Files.newInputStream(extract)) {
                network = OsmRoads.read(in, name);
            }
            Files.writeString(out, ProblemJson.mapper().writeValueAsString(network) + "\n");
            spec.commandLine().getOut().printf("wrote %s: %d nodes, %d edges%n", out, network.nodes().size(), network.edges().size());
            return ExitCode.OK;
        }
    }
}
