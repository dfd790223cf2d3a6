package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.cli.PasserelleCommand;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetDetail;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one service from request to path: the CLI and the window get the same answer from it. */
class PathServiceTest extends SampleSeededCacheTest {
    private static final Path JULIETTE = Path.of("data-samples/personas/juliette.json");

    @Test
    void theCommandLineShowsExactlyThePathTheServiceComputes() throws Exception {
        Path home = seededHome(work.resolve("home"));
        PathResult fromService;
        try (Workstation w = Workstation.open(new Home(home))) {
            fromService = new PathService(w.indexes(), Clock.systemUTC()).path(PathRequest.fromFile(JULIETTE), 5);
        }
        StringWriter out = new StringWriter();
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window");
        }, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "--home", home.toString(), "path", "--profile", JULIETTE.toString(), "--json");

        assertEquals(0, exit);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> cli = new ArrayList<>();
        json.get("occupations").forEach(o -> cli.add(o.get("rome").asText() + " " + o.get("score").asDouble()));
        assertEquals(fromService.occupations().stream().map(t -> t.rome() + " " + t.score()).toList(), cli);
    }

    @Test
    void anUnknownCommuneIsRefusedNamingTheFieldWithSuggestions() throws Exception {
        try (Workstation w = Workstation.open(new Home(seededHome(work.resolve("home"))))) {
            PathRequest typo = PathRequest.fromFile(JULIETTE).overriddenBy(
                    new PathRequest(null, null, "Lile", null, null, null, null, null, null, null));

            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> w.paths().path(typo, 5));

            assertTrue(e.getMessage().startsWith("commune : « Lile »"), e.getMessage());
            assertTrue(e.suggestions().stream().anyMatch(s -> s.startsWith("59350 Lille")), e.suggestions().toString());
        }
    }

    @Test
    void theDetailListsEveryTrainingFoundNotOnlyTheFirstFive() throws Exception {
        try (Workstation w = Workstation.open(new Home(seededHome(work.resolve("home"))))) {
            PathService paths = new PathService(w.indexes(), fr.passerelle.ImportFixtures.CLOCK);
            var profile = paths.resolve(PathRequest.fromFile(JULIETTE));
            PathResult path = paths.path(profile, 5);
            var withMany = path.occupations().stream().filter(t -> t.trainingsFound() > t.trainings().size()).findFirst().orElseThrow();

            TargetDetail detail = paths.detail(profile, withMany.rome());

            assertEquals(withMany.trainingsFound(), detail.trainings().size());
            assertEquals(withMany.companiesFound(), detail.companiesFound());
            assertEquals(withMany.trainings(), detail.trainings().subList(0, withMany.trainings().size()));
        }
    }

    @Test
    void communesCompleteOnNamePostcodeAndInseeCode() throws Exception {
        try (Workstation w = Workstation.open(new Home(seededHome(work.resolve("home"))))) {
            PathService paths = w.paths();
            assertEquals("59350", paths.communes("Lille", 5).get(0).insee());
            assertTrue(paths.communes("5900", 8).stream().anyMatch(p -> p.insee().equals("59350")), "postcode prefix 5900 → Lille");
            assertEquals(List.of("59350"), paths.communes("59350", 8).stream().map(p -> p.insee()).filter("59350"::equals).toList());
            assertTrue(paths.communes("vill", 8).stream().anyMatch(p -> p.name().equals("Villeneuve-d'Ascq")));
        }
    }
}
