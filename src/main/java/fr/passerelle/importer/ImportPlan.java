package fr.passerelle.importer;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
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
    public record SkippedFile(Path path, Message why) {
        /** Why, in French (the command line's historical text). */
        public String reason() {
            return MessageRenderer.french().render(why);
        }
    }
}
