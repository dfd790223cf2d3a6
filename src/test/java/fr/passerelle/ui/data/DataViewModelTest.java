package fr.passerelle.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.IndexService;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The data screen without a toolkit: import in the background, the datasets shown, the indexes rebuilt. */
class DataViewModelTest {
    private static final DatasetInfo ROME = new DatasetInfo("rome4.occupations", "", "ROME 4 – fiches", "a.csv", "4.60",
            Instant.parse("2026-11-28T10:00:00Z"), 46, 46, 0, "x");

    private final List<List<Path>> imported = new ArrayList<>();
    private final AtomicInteger builds = new AtomicInteger();
    private final CacheStatus status = new CacheStatus();
    private final FakeDialogs dialogs = new FakeDialogs();
    private boolean failing;

    private final CacheAccess cache = new CacheAccess() {
        @Override
        public List<DatasetInfo> datasets() {
            return imported.isEmpty() ? List.of() : List.of(ROME);
        }

        @Override
        public boolean seedIfEmpty(ProgressListener progress) {
            return false;
        }

        @Override
        public ImportReport importPaths(List<Path> paths, ProgressListener progress) throws Exception {
            if (failing) {
                throw new ImportException("communes.csv", 3, "colonne code_insee : '5935' n'est pas un code commune INSEE");
            }
            imported.add(paths);
            return new ImportReport(List.of(new ImportReport.DatasetResult(ROME, List.of(), java.time.Duration.ZERO)), List.of(), List.of());
        }
    };

    private final IndexService indexes = new IndexService(() -> null, () -> String.valueOf(imported.size()), (s, p) -> {
        builds.incrementAndGet();
        throw new IllegalStateException("no index in this test");
    });

    private final DataViewModel model = new DataViewModel(cache, status, indexes, TaskRunner.synchronous(), dialogs, Messages.french());

    @Test
    void chosenFilesAreImportedAndTheDatasetsShown() {
        dialogs.toImport = List.of(Path.of("rome"));

        model.chooseAndImport();

        assertEquals(List.of(List.of(Path.of("rome"))), imported);
        assertEquals(List.of(ROME), model.datasets());
        assertEquals("Import terminé : 1 jeux de données, 0 fichiers ignorés. L'index est reconstruit.", model.messageProperty().get());
        assertFalse(model.importingProperty().get());
    }

    @Test
    void noFileChosenImportsNothing() {
        model.chooseAndImport();

        assertTrue(imported.isEmpty());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void aRefusedImportSaysWhyAndThatTheCacheDidNotChange() {
        failing = true;

        model.importPaths(List.of(Path.of("communes.csv")));

        assertEquals("Import refusé, le cache n'a pas changé : communes.csv:3: colonne code_insee : '5935' n'est pas un code commune INSEE",
                model.messageProperty().get());
        assertTrue(model.datasets().isEmpty());
    }
}
