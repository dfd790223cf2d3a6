package fr.passerelle.ui.data;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportReport;
import java.nio.file.Path;
import java.util.List;

/** What the window needs from the reference cache: its datasets, first-start seeding, imports (blocking calls). */
public interface CacheAccess {
    List<DatasetInfo> datasets();

    /** Seeds an empty cache with the bundled samples; true when it did. */
    boolean seedIfEmpty(ProgressListener progress) throws Exception;

    ImportReport importPaths(List<Path> paths, ProgressListener progress) throws Exception;

    /** A file an import would read, and the name of its format (the step its progress reports under). */
    record PlannedFile(String name, String format) {
    }

    /** The files an import of these paths would read, in order (folders opened); none when unknown. */
    default List<PlannedFile> plan(List<Path> paths) throws Exception {
        return List.of();
    }
}
