package fr.passerelle.importer;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import java.util.List;

/**
 * What an import did: one result per dataset replaced, the files it skipped, and the sample datasets it removed
 * (the first import of real data replaces the fictional samples: they never mix).
 */
public record ImportReport(List<DatasetResult> datasets, List<ImportPlan.SkippedFile> skipped,
                           List<DatasetInfo> removedSamples) {
    public ImportReport {
        datasets = List.copyOf(datasets);
        skipped = List.copyOf(skipped);
        removedSamples = List.copyOf(removedSamples);
    }

    /** One dataset: its provenance and counts, the first reasons rows were rejected, and how long it took. */
    public record DatasetResult(DatasetInfo dataset, List<Message> rejects, java.time.Duration duration) {
        public DatasetResult {
            rejects = List.copyOf(rejects);
        }

        /** The first rejections, {@code file:line: why}, in French (the command line's historical text). */
        public List<String> warnings() {
            return rejects.stream().map(MessageRenderer.french()::render).toList();
        }
    }
}
