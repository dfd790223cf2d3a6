package fr.passerelle.ui.plan;

import fr.passerelle.engine.result.PathResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Until the export package is merged: says plainly that the document cannot be made yet. */
public final class NoPlanDocuments implements PlanDocuments {
    @Override
    public Plan build(PathResult path, String targetRome, String sessionId, String personName, LocalDate today) {
        return new Plan() {
            @Override
            public List<String> preview() {
                return List.of("Plan d'action", "Le document du plan d'action n'est pas encore disponible dans cette version.");
            }

            @Override
            public void writePdf(Path out) throws IOException {
                throw new IOException("le document du plan d'action n'est pas encore disponible");
            }

            @Override
            public void writeCsv(Path out) throws IOException {
                throw new IOException("le document du plan d'action n'est pas encore disponible");
            }
        };
    }
}
