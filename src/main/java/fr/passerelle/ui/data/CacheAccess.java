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
}
