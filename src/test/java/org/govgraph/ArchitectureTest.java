package org.govgraph;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers depend one way: cli wires everything; http uses query, extract and ingest; extract drafts datasets in
 * ingest's format and never touches the store; query and ingest use store; nothing back.
 */
@AnalyzeClasses(packages = "org.govgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("org.govgraph.cli..")
            .layer("http").definedBy("org.govgraph.http..")
            .layer("query").definedBy("org.govgraph.query..")
            .layer("extract").definedBy("org.govgraph.extract..")
            .layer("ingest").definedBy("org.govgraph.ingest..")
            .layer("store").definedBy("org.govgraph.store..")
            .layer("config").definedBy("org.govgraph.config..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("http").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("extract").mayOnlyBeAccessedByLayers("cli", "http")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli", "http", "extract")
            .whereLayer("query").mayOnlyBeAccessedByLayers("cli", "http")
            .whereLayer("store").mayOnlyBeAccessedByLayers("cli", "http", "query", "ingest")
            .whereLayer("config").mayOnlyBeAccessedByLayers("cli", "http", "query", "ingest", "store");
}
