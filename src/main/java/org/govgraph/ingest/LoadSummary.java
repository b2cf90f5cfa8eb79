package org.govgraph.ingest;

import java.util.List;

/**
 * What one load wrote.
 *
 * @param datasets the files loaded, in the order written
 * @param nodesCreated, relationshipsCreated, propertiesSet, nodesDeleted, relationshipsDeleted from the
 *        transaction's result summaries
 * @param millis   time from the first check to the commit
 */
public record LoadSummary(List<Loaded> datasets, long nodesCreated, long relationshipsCreated, long propertiesSet,
                          long nodesDeleted, long relationshipsDeleted, long millis) {

    public LoadSummary {
        datasets = List.copyOf(datasets);
    }

    /** One loaded file and the size of what it holds. */
    public record Loaded(String file, String inspection, String authority, int findings, int recommendations,
                         int spells, int boards, int teams, int partners, int roles) {
        static Loaded of(String file, Dataset d) {
            return new Loaded(file, d.inspection().id(), d.inspection().authority(), d.findings().size(),
                    d.recommendations().size(), d.spells().size(), d.boards().size(), d.teams().size(),
                    d.partners().size(), d.roles().size());
        }
    }
}
