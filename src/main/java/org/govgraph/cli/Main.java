package org.govgraph.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar govgraph.jar COMMAND [OPTIONS]}: the entry point, which only dispatches. */
@Command(name = "govgraph", mixinStandardHelpOptions = true, version = "govgraph 0.1.0",
        description = "A graph explorer of how children's services are governed, built from inspection reports.",
        subcommands = {ServeCommand.class, DbCommand.class, LoadCommand.class, ExtractCommand.class, EvalCommand.class,
                GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    /** The command line, for tests that run commands in this JVM. */
    public static CommandLine commandLine() {
        var cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("govgraph: " + e.getMessage());
            return 1;
        });
        return cli;
    }
}
