package org.govgraph.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import org.govgraph.http.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code govgraph serve}: the web server over the embedded or an external Neo4j. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web server and API over the embedded Neo4j (or --neo4j-uri), loading the seed "
                + "inspections into an empty graph.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    Settings settings;

    @Override
    public Integer call() throws InterruptedException {
        var config = settings.toConfig();
        var services = Services.open(config);
        Javalin app;
        try {
            services.loadSeedsIfEmpty();
            app = WebServer.create(config, services.graph, services.loader, services.questions).start();
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        String host = config.httpHost().equals("0.0.0.0") ? "127.0.0.1" : config.httpHost();
        var out = System.out;
        out.println("govgraph is running at http://" + host + ":" + app.port() + "/");
        out.println(services.boltInstructions());
        out.flush();
        services.awaitShutdown(app::stop);
        return 0;
    }
}
