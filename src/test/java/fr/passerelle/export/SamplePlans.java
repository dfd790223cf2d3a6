package fr.passerelle.export;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.store.TrainingContactStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The four sample personas' paths on the bundled samples, computed as the {@code plan} command computes them, on a
 * fixed interview day and with the day the samples were imported fixed too (it is the day the test seeds its cache,
 * and the plan prints it): the same plans every day, so that their text can be compared with a golden copy.
 */
final class SamplePlans {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final List<String> PERSONAS = List.of("juliette", "karim", "nadia", "thomas");
    private static Workstation workstation;

    private SamplePlans() {
    }

    static synchronized Workstation workstation() throws Exception {
        if (workstation == null) {
            workstation = Workstation.open(new Home(Files.createTempDirectory("passerelle-sample-plans")));
            workstation.seedIfEmpty(ProgressListener.NONE);
        }
        return workstation;
    }

    static TrainingContactStore contacts() throws Exception {
        return new TrainingContactStore(workstation().referenceDatabase());
    }

    static String name(String persona) throws Exception {
        return request(persona).name();
    }

    static PathRequest request(String persona) throws Exception {
        return PathRequest.fromFile(Path.of("data-samples/personas/" + persona + ".json"));
    }

    /** Her path (5 occupations, as the plan command asks), the import day of every dataset set to {@link #TODAY}. */
    static PathResult path(String persona) throws Exception {
        PathResult p = workstation().paths().path(request(persona), 5, TODAY);
        Map<String, String> dates = new LinkedHashMap<>();
        p.dataAsOf().forEach((k, v) -> dates.put(k, v.replaceAll("importé le \\d{4}-\\d{2}-\\d{2}", "importé le " + TODAY)));
        return new PathResult(p.profile(), p.sourceLabel(), p.communeName(), p.departement(), p.occupations(), p.rescue(), dates);
    }

    static String pdfText(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
