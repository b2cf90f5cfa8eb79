package org.govgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A govgraph command run in this JVM as a user types it, with what it printed and its exit code. */
record CliRun(int exit, String out, String err) {

    static CliRun run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
