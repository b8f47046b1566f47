package org.oxyalloc.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.solver.ConstraintInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "constraints", description = "Lists the constraints: name, level, default weight and meaning.")
final class ConstraintsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (ConstraintInfo constraint : new AllocationEngine().constraints().values()) {
            out.printf("%-38s %-6s %8d  %s%n", constraint.name(), constraint.level(), constraint.defaultWeight(),
                    constraint.description());
        }
        return ExitCode.OK;
    }
}
