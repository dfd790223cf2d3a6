package fr.passerelle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * French typography in the plan's PDF, with its real fonts, at every line width: a closing guillemet or a ":" never
 * starts a line, an opening guillemet never ends one, even when a full stop or a comma follows the guillemet. Before,
 * Moussa's plan ended a line on "prévention et de sécurité" and put "»." alone on the next.
 */
class PdfFrenchLineBreakTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "le répertoire officiel des métiers (ROME) le cite parmi les évolutions les plus proches depuis « Agent / Agente de prévention et de sécurité ».",
            "Accès au métier (ROME) : « Ce métier est accessible (attestation, certificat de premier secours, brevet de pisteur-secouriste, ...). ».",
            "Mettre à jour votre CV pour viser le métier « Secouriste », en mettant en avant : contrôler et faire appliquer le respect",
            "Contacter l'organisme « Centre de formation de Lyon » ; puis demander une immersion (« PMSMP ») ? Oui !"})
    void noGuillemetOrColonIsLeftAloneAtALineEdge(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            for (float width = 150; width <= 480; width += 1) {
                List<List<PdfLayout.Word>> lines = PdfLayout.wrap(fonts, List.of(PdfLayout.Span.of(text)), 10, width, 100);
                List<String> said = lines.stream().map(PdfFrenchLineBreakTest::line).toList();
                assertEquals(text.replace(" ", ""), String.join("", said).replace(" ", ""), "nothing lost at " + width);
                for (int i = 0; i < said.size(); i++) {
                    String line = said.get(i);
                    String at = "width " + width + ": " + said;
                    assertFalse(i > 0 && ":;!?»".indexOf(line.charAt(0)) >= 0, at);
                    assertFalse(line.endsWith("«"), at);
                }
            }
        }
    }

    private static String line(List<PdfLayout.Word> words) {
        return words.stream().map(w -> w.fragments().stream().map(PdfLayout.Fragment::text).collect(Collectors.joining()))
                .collect(Collectors.joining(" "));
    }
}
