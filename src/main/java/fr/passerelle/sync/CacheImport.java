package fr.passerelle.sync;

import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import java.nio.file.Path;
import java.util.List;

/**
 * How a sync reaches the cache: the same import as {@code import PATH...} (staging generation, validation, atomic
 * publication; cache.md), given the files that came over the network. There is no second write path.
 */
public interface CacheImport {

    /** The datasets published now, with the SHA-256 of the file each came from. */
    List<DatasetInfo> datasets();

    /** Imports the files all or nothing. */
    ImportReport importFiles(List<Path> files, ProgressListener progress) throws ImportException;
}
