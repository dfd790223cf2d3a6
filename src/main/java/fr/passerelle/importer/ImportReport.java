package fr.passerelle.importer;

import fr.passerelle.domain.DatasetInfo;
import java.util.List;

/** What an import did: one result per dataset replaced, and the files it skipped. */
public record ImportReport(List<DatasetResult> datasets, List<ImportPlan.SkippedFile> skipped) {
    public ImportReport {
        datasets = List.copyOf(datasets);
        skipped = List.copyOf(skipped);
    }

    /** One dataset: its provenance and counts, the first reasons rows were rejected, and how long it took. */
    public record DatasetResult(DatasetInfo dataset, List<String> warnings, java.time.Duration duration) {
    }
}
