package fr.passerelle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.engine.result.LiveOffers;
import fr.passerelle.engine.words.MessageRenderer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The live offers' count line said by the message bundles: French as the command line says it, and English. */
class LiveOfferWordsLanguageTest {

    @ParameterizedTest(name = "{0} offers, {1} unplaced, fetched {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "0 | 0 | 2026-12-01 | Aucune offre en ligne à moins de 30 km (relevées le 1er décembre 2026) | No live offer within 30 km (fetched on 1 December 2026)",
            "1 | 0 | 2026-11-28 | 1 offre en ligne à moins de 30 km (relevées le 28 novembre 2026) | 1 live offer within 30 km (fetched on 28 November 2026)",
            "1312 | 1 | - | 1 312 offres en ligne à moins de 30 km, 1 autre au lieu non précisé | 1,312 live offers within 30 km, 1 more with no stated place",
            "3 | 4 | 2026-12-01 | 3 offres en ligne à moins de 30 km, 4 autres au lieu non précisé (relevées le 1er décembre 2026) | 3 live offers within 30 km, 4 more with no stated place (fetched on 1 December 2026)"})
    void theCountLineIsTheCommandLinesInFrenchAndReadsInEnglish(int count, int unplaced, LocalDate fetched, String french, String english) {
        LiveOffers offers = new LiveOffers(count, unplaced, fetched, List.of());
        assertEquals(french, LiveOfferWords.summary(offers, 30));
        assertEquals(french, LiveOfferWords.summary(offers, 30, MessageRenderer.french()));
        assertEquals(english, LiveOfferWords.summary(offers, 30, MessageRenderer.english()));
    }

    @ParameterizedTest
    @CsvSource({"fr", "en"})
    void noOffersDatasetSaysNothing(String language) {
        assertEquals("", LiveOfferWords.summary(null, 30, MessageRenderer.of(java.util.Locale.forLanguageTag(language))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "DARTY | Lille | 2026-11-28 | CDI | Vendeur (H/F) — DARTY, Lille, 28 novembre 2026, CDI | Vendeur (H/F) — DARTY, Lille, 28 November 2026, CDI",
            "- | - | 2026-12-01 | - | Vendeur (H/F) — lieu non précisé, 1er décembre 2026 | Vendeur (H/F) — no stated place, 1 December 2026",
            "- | Douai | - | Intérim | Vendeur (H/F) — Douai, date non précisée, Intérim | Vendeur (H/F) — Douai, no stated date, Intérim"})
    void anOffersOwnLineKeepsItsWordsAndSaysOursInTheReadersLanguage(String employer, String commune, LocalDate date, String contract,
                                                                     String french, String english) {
        LiveOffers.Offer offer = new LiveOffers.Offer("Vendeur (H/F)", employer, commune, date, contract);
        assertEquals(french, LiveOfferWords.offer(offer));
        assertEquals(english, LiveOfferWords.offer(offer, MessageRenderer.english()));
    }
}
