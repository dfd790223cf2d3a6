package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.SharedData;
import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.territory.Commune;
import fr.passerelle.domain.territory.CommunePostalCode;
import fr.passerelle.engine.index.TerritoryIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample personas must name the same town on the national communes as on the samples: Nadia's "59500" is Douai's
 * postal code, but on the national file it is first the INSEE code of Ribécourt-la-Tour, 40 km away.
 */
class PersonaCommunesOnRealDataTest {

    @ParameterizedTest
    @CsvSource({"juliette, 59350", "karim, 62498", "nadia, 59178", "thomas, 59606"})
    void eachPersonaLivesInTheTownOfHerDescription(String persona, String insee) throws Exception {
        Path communes = SharedData.assumeRealData().resolve("geo/communes.csv");
        String commune = new ObjectMapper().readTree(SharedData.sample("personas/" + persona + ".json").toFile())
                .get("commune").asText();
        TerritoryIndex.Lookup lookup = national(communes).lookup(commune);
        assertTrue(lookup.place().isPresent(), persona + ": " + commune + " → " + lookup.candidates());
        assertEquals(insee, lookup.place().get().insee(), persona + ": " + commune);
    }

    static TerritoryIndex national(Path file) throws Exception {
        List<Commune> communes = new ArrayList<>();
        List<CommunePostalCode> postal = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            // code_insee,nom_commune,code_departement,code_region,codes_postaux,latitude,longitude (no quoted commas in
            // the five first fields of the file; a quoted name is unquoted below)
            String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            InseeCode code = new InseeCode(f[0]);
            communes.add(new Commune(code, f[1].replace("\"", ""), f[2], f[3], null, null));
            for (String p : f[4].split("\\|")) {
                if (!p.isBlank()) {
                    postal.add(new CommunePostalCode(code, p));
                }
            }
        }
        return new TerritoryIndex(List.of(), List.of(), communes, postal, List.of(), List.of());
    }
}
