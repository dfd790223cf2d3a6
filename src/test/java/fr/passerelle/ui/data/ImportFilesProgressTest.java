package fr.passerelle.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.app.IndexService;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.ui.FakeDialogs;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each file of an import has its own bar: the step the import reports names the file's format, in the plan's order. */
class ImportFilesProgressTest {
    private final List<String> seen = new ArrayList<>();
    private final FakeDialogs dialogs = new FakeDialogs();
    private boolean failOnSecond;

    private final CacheAccess cache = new CacheAccess() {
        @Override
        public List<DatasetInfo> datasets() {
            return List.of();
        }

        @Override
        public boolean seedIfEmpty(ProgressListener progress) {
            return false;
        }

        @Override
        public List<PlannedFile> plan(List<Path> paths) {
            return List.of(new PlannedFile("regions.csv", "Régions"), new PlannedFile("communes.csv", "Communes"));
        }

        @Override
        public ImportReport importPaths(List<Path> paths, ProgressListener progress) throws Exception {
            progress.progress("Régions", 50, 100);
            seen.add(state());
            progress.progress("Communes", 10, 40);
            seen.add(state());
            if (failOnSecond) {
                throw new ImportException("communes.csv", 7, "colonne code_insee : '5935' n'est pas un code commune INSEE");
            }
            return new ImportReport(List.of(), List.of(), List.of());
        }
    };

    private final IndexService indexes = new IndexService(() -> null, () -> "v", (s, p) -> {
        throw new IllegalStateException("no index in this test");
    });
    private final DataViewModel model = new DataViewModel(cache, new CacheStatus(), indexes, TaskRunner.synchronous(), dialogs,
            Messages.french());

    private String state() {
        return model.files().stream().map(f -> f.name() + " " + Math.round(f.progressProperty().get() * 100) + " " + f.stateProperty().get())
                .reduce((a, b) -> a + " | " + b).orElse("");
    }

    @Test
    void eachFileMovesItsOwnBarAndEndsImported() {
        dialogs.folder = Path.of("officiel");
        model.chooseFolderAndImport();

        assertEquals(List.of("regions.csv 50 en cours | communes.csv 0 en attente",
                "regions.csv 100 lu | communes.csv 25 en cours"), seen);
        assertEquals("regions.csv 100 importé | communes.csv 100 importé", state());
    }

    @Test
    void aRefusedImportSaysWhichFileAndWhereAndMarksTheUnfinishedFiles() {
        failOnSecond = true;
        model.importPaths(List.of(Path.of("officiel")));

        assertEquals("Import refusé, le cache n'a pas changé : communes.csv:7: colonne code_insee : '5935' n'est pas un code commune INSEE",
                model.messageProperty().get());
        assertEquals("regions.csv 100 lu | communes.csv 25 refusé", state());
    }
}
