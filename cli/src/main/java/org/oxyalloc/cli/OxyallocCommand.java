package org.oxyalloc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code oxyalloc}: solve, validate and prepare oxygen allocation problems from the command line. */
@Command(name = "oxyalloc", mixinStandardHelpOptions = true, version = "oxyalloc 0.1.0",
        description = "Allocates medical oxygen: LOX quotas from suppliers to hospitals, and cylinder refills.",
        subcommands = {SolveCommand.class, ValidateCommand.class, ConstraintsCommand.class, SchemaCommand.class,
                DatasetsCommand.class, GenerateCommand.class, NetworkCommand.class, BenchmarkCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done; a solved plan is feasible",
                "1:a plan was written but breaks a hard constraint",
                "2:the problem file has errors",
                "3:wrong command line",
                "4:a file could not be read or written",
                "5:unexpected failure"})
public final class OxyallocCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new OxyallocCommand());
        commandLine.setExitCodeExceptionMapper(OxyallocCommand::exitCodeOf);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            int code = exitCodeOf(e);
            err.println(code == ExitCode.IO_ERROR ? "error: " + e.getMessage()
                    : "error: unexpected failure (" + e.getClass().getSimpleName() + "): " + e.getMessage());
            return code;
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCode.USAGE;
        });
        return commandLine;
    }

    private static int exitCodeOf(Throwable e) {
        return e instanceof IOException || e instanceof UncheckedIOException ? ExitCode.IO_ERROR : ExitCode.INTERNAL_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
