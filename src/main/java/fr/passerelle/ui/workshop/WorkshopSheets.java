package fr.passerelle.ui.workshop;

import fr.passerelle.engine.result.PathResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Port: the participants' sheets (the export package's action plan, one per participant, in one PDF). */
@FunctionalInterface
public interface WorkshopSheets {
    void write(PathResult path, String targetRome, String personaName, int participants, LocalDate today, Path out)
            throws IOException;
}
