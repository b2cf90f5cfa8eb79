package org.govgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code govgraph db}: only the embedded Neo4j, with Bolt open for other processes. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Run only the embedded Neo4j (schema applied, seeds loaded unless --no-seeds), with Bolt open "
                + "for other processes: govgraph serve or load --neo4j-uri, cypher-shell, Neo4j Browser or Desktop.")
final class DbCommand implements Callable<Integer> {

    @Mixin
    Settings settings;

    @Override
    public Integer call() throws InterruptedException {
        var config = settings.toConfig();
        if (!config.embedded()) {
            throw new IllegalArgumentException("db runs the embedded database: leave --neo4j-uri out");
        }
        var services = Services.open(config);
        try {
            services.loadSeedsIfEmpty();
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        System.out.println(services.boltInstructions());
        System.out.println("govgraph db is ready; stop it with Ctrl-C");
        System.out.flush();
        services.awaitShutdown(() -> { });
        return 0;
    }
}
