package fr.passerelle.importer;

import java.nio.file.Path;
import java.util.List;

/** What an import will do: the recognised files in dependency order, and the files it leaves aside with why. */
public record ImportPlan(List<PlannedFile> files, List<SkippedFile> skipped) {
    public ImportPlan {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** A file and the format it was recognised as. */
    public record PlannedFile(Path path, DatasetFormat format) {
    }

    /** A file that is not imported, and why. */
    public record SkippedFile(Path path, String reason) {
    }
}
