package org.govgraph.cli;

import java.util.concurrent.Callable;
import org.govgraph.extract.Conventions;
import org.govgraph.extract.Gazetteer;
import org.govgraph.extract.ReportExtractor;
import org.govgraph.extract.eval.SeedEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code govgraph eval}: how well extraction does on the seed reports, against their curated datasets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract the seed reports and compare each draft with the report's curated dataset: precision, "
                + "recall and F1 per kind of item, per report and overall.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var extractor = new ReportExtractor(Conventions.bundled(), Gazetteer.load(java.util.List.of()));
        long started = System.nanoTime();
        var reports = new SeedEvaluation(extractor).run();
        spec.commandLine().getOut().print(SeedEvaluation.table(reports));
        spec.commandLine().getOut().printf("%d reports extracted and compared in %d ms%n", reports.size(),
                (System.nanoTime() - started) / 1_000_000);
        return 0;
    }
}
