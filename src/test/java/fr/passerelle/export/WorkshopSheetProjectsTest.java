package fr.passerelle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workshop sheets show the persona's area BMO hiring projects for the occupation the group chose (the path's
 * {@code demand.projects} reason, with the survey's year and source), in the workshop window's language; an occupation
 * without such figures gets no section, and the counsellor's own plan keeps none.
 */
class WorkshopSheetProjectsTest {
    @TempDir
    Path dir;

    private static TargetOccupation withProjects(PathResult path) {
        return path.occupations().stream().filter(t -> t.reasons().stream().anyMatch(r -> "demand.projects".equals(r.key())))
                .findFirst().orElseThrow();
    }

    private static Reason projects(TargetOccupation t) {
        return t.reasons().stream().filter(r -> "demand.projects".equals(r.key())).findFirst().orElseThrow();
    }

    @Test
    void englishSheetsShowTheHiringProjectsOfHerAreaWithYearAndSource() throws Exception {
        PathResult path = SamplePlans.path("juliette");
        TargetOccupation t = withProjects(path);
        Reason r = projects(t);
        int year = ((Param.Year) r.params().get(0)).value();
        Path out = dir.resolve("sheets-en.pdf");
        new WorkshopSheetWriter(SamplePlans.contacts(), PlanLanguage.ENGLISH).write(path, t.rome(), "Juliette", 2, SamplePlans.TODAY, out);
        String text = SamplePlans.pdfText(out).replaceAll("\\s+", " ");
        String expected = MessageRenderer.english().render(r.message());
        assertTrue(expected.startsWith("BMO survey " + year + ": "), expected);
        assertEquals(2, count(text, "Hiring projects"), "one section per sheet: " + text);
        assertTrue(text.contains(expected.replaceAll("\\s+", " ")), expected + " in: " + text);
        assertTrue(text.contains("Source: France Travail's workforce needs survey (BMO) " + year), text);
        assertTrue(text.contains("Action plan for participant 1/2 (workshop, fictional case of Juliette)"), text);
        assertFalse(text.contains("Enquête BMO") || text.contains("projets de recrutement"), text);
    }

    @Test
    void frenchSheetsShowTheSameFiguresInFrench() throws Exception {
        PathResult path = SamplePlans.path("juliette");
        TargetOccupation t = withProjects(path);
        Reason r = projects(t);
        Path out = dir.resolve("sheets-fr.pdf");
        new WorkshopSheetWriter(SamplePlans.contacts()).write(path, t.rome(), "Juliette", 1, SamplePlans.TODAY, out);
        String text = SamplePlans.pdfText(out).replaceAll("\\s+", " ");
        assertTrue(text.contains("Les projets de recrutement"), text);
        assertTrue(text.contains(r.text().replaceAll("\\s+", " ")), r.text() + " in: " + text);
        assertTrue(text.contains("Source : enquête Besoins en main-d'œuvre (BMO) " + ((Param.Year) r.params().get(0)).value()
                + " de France Travail"), text);
    }

    @Test
    void anOccupationWithoutHiringProjectsGetsNoSectionAndThePlanNone() throws Exception {
        PathResult path = SamplePlans.path("juliette");
        TargetOccupation t = withProjects(path);
        // The same path without the projects reason: the market data has no figure for this area and occupation.
        TargetOccupation without = new TargetOccupation(t.rome(), t.label(), t.score(), t.detail(),
                t.reasons().stream().filter(r -> !"demand.projects".equals(r.key())).toList(), t.sharedSkills(), t.missingSkills(),
                t.demand(), t.noTrainingNeeded(), t.trainingsFound(), t.trainings(), t.companiesFound(), t.companies(), t.horizon(),
                t.horizonReason(), t.access(), t.targetDiplomas(), t.liveOffers());
        PathResult bare = new PathResult(path.profile(), path.sourceLabel(), path.communeName(), path.departement(),
                java.util.List.of(without), path.rescue(), path.dataAsOf());
        assertNull(WorkshopSheetWriter.projects(bare, t.rome(), PlanLanguage.ENGLISH));
        Path out = dir.resolve("sheets-none.pdf");
        new WorkshopSheetWriter(SamplePlans.contacts(), PlanLanguage.ENGLISH).write(bare, t.rome(), "Juliette", 1, SamplePlans.TODAY, out);
        assertFalse(SamplePlans.pdfText(out).contains("Hiring projects"));
        assertNull(ActionPlanBuilder.build(path, t.rome(), null, "Juliette", SamplePlans.TODAY, SamplePlans.contacts()).projects(),
                "the counsellor's plan keeps its reasons, without the section");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
