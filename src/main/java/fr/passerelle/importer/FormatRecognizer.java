package fr.passerelle.importer;

import fr.passerelle.engine.words.Message;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the import needs to know of the formats: which one a file is, or why it is ignored. The list of formats
 * ({@code importer.catalog.FormatCatalog}) sits above the format families, which sit above this package: an
 * interface here keeps the import free of a dependency cycle with the families.
 */
public interface FormatRecognizer {

    /** The format of a file recognised by its official name. */
    Optional<DatasetFormat> byName(String fileName);

    /** The format whose header line this is. */
    Optional<DatasetFormat> byHeader(List<String> header);

    /** The format recognised from the file's content (XML root element, JSON shape), when name and header said nothing. */
    Optional<DatasetFormat> byContent(Path file);

    /** Why a file of a known kind is deliberately not imported (a companion file, a README), if it is one. */
    Optional<Message> ignoredReason(String fileName);
}
