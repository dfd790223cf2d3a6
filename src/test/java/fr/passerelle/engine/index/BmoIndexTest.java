package fr.passerelle.engine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.BmoProject;
import fr.passerelle.domain.market.RomeFap;
import fr.passerelle.engine.index.BmoIndex.Count;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * BMO hiring projects per area and ROME code on a hand-made survey: the FAP's figure shared (never split) by its ROME
 * codes, masked cells kept unknown, areas summed, métiers without a crosswalk counted apart.
 */
class BmoIndexTest {
    /** D1505 → R0Z61; D1507 and D1508 → R0Z60 (one FAP, two ROME codes); N1103 → J0Z20 or J1Z40 (by qualification). */
    private static final List<RomeFap> CROSSWALK = List.of(
            link("D1505", "R0Z61"), link("D1507", "R0Z60"), link("D1508", "R0Z60"),
            new RomeFap(new RomeCode("N1103"), "2", "J0Z20", "ROME_avec_qualification"),
            new RomeFap(new RomeCode("N1103"), "3", "J1Z40", "ROME_avec_qualification"),
            new RomeFap(new RomeCode("N1103"), "8", "J1Z40", "ROME_avec_qualification"));

    private static RomeFap link(String rome, String fap) {
        return new RomeFap(new RomeCode(rome), null, fap, "ROME_sans_qualification");
    }

    private static BmoProject row(int year, String fap, String dep, String area, Integer met, Integer xmet, Integer smet) {
        String nomenclature = fap.charAt(2) == 'X' ? "2021" : "2009";
        return new BmoProject(year, fap, "métier " + fap, nomenclature, null, null, "32", dep, area, "bassin " + area,
                met, xmet, smet);
    }

    private static final List<BmoProject> SURVEY = List.of(
            row(2022, "R0Z61", "59", "3216", 300, 70, 80),
            row(2022, "R0Z61", "59", "3217", 200, null, 50),       // difficult masked
            row(2022, "R0Z60", "59", "3216", 250, 100, null),
            row(2022, "R0Z60", "59", "3217", null, null, null),    // all masked
            row(2022, "J0Z20", "59", "3216", 400, 150, 90),
            row(2022, "J1Z40", "59", "3216", 190, 90, 13),
            row(2022, "J1Z40", "62", "3216", 10, 4, null),         // the area straddles 59 and 62
            row(2022, "R1Z66", "59", "3216", 109, 29, 21),         // FAP-2009 the crosswalk does not reach
            row(2022, "R1Z66", "62", "3227", 50, 10, 5),
            row(2025, "R0X61", "59", "3216", 310, 80, 85),         // FAP-2021: no crosswalk
            row(2021, "R0Z61", "59", "3216", 999, 1, 1));          // an older FAP-2009 survey: not used

    private final BmoIndex index = new BmoIndex(SURVEY, CROSSWALK);

    @Test
    void theFiguresAreThoseOfTheLatestSurveyWhoseMetiersReachRomeCodes() {
        assertEquals(2022, index.year());
        assertEquals(List.of(2025), index.newerUnmappedYears());
        assertEquals(new Count(300, 0, 1), index.inAreas("D1505", List.of("3216")).projects(), "2021's 999 is not added");
    }

    @Test
    void aFapsFigureGoesWholeToEachOfItsRomeCodesAndSaysWithWhichItIsShared() {
        BmoIndex.Figures d1507 = index.inAreas("D1507", List.of("3216"));
        BmoIndex.Figures d1508 = index.inAreas("D1508", List.of("3216"));

        assertEquals(new Count(250, 0, 1), d1507.projects());
        assertEquals(d1507.projects(), d1508.projects(), "the same figure, not 125 each");
        assertEquals(List.of("D1508"), d1507.sharedWith());
        assertEquals(List.of("D1507"), d1508.sharedWith());
        assertEquals(List.of(new BmoIndex.Fap("R0Z60", "métier R0Z60")), d1507.faps());
        assertEquals(List.of(), index.inAreas("D1505", List.of("3216")).sharedWith());
    }

    @Test
    void maskedCellsStayUnknownNeverZero() {
        BmoIndex.Figures d1505 = index.inAreas("D1505", List.of("3216", "3217"));
        assertEquals(new Count(500, 0, 2), d1505.projects());
        assertEquals(new Count(70, 1, 2), d1505.difficult(), "a lower bound with one masked cell");
        assertTrue(d1505.difficult().partial());

        Count onlyMasked = index.inAreas("D1507", List.of("3217")).projects();
        assertEquals(new Count(0, 1, 1), onlyMasked);
        assertTrue(onlyMasked.unknown(), "unknown, not 0");
        assertFalse(onlyMasked.isEmpty(), "a masked row is still a row");

        BmoIndex.Figures both = index.inAreas("D1507", List.of("3216", "3217"));
        assertEquals(new Count(250, 1, 2), both.projects());
        assertEquals(new Count(0, 2, 2), both.seasonal());
        assertEquals(List.of("3216", "3217"), both.areas());
    }

    @Test
    void aRomeCodeWithSeveralFapsGetsTheirProjectsTogetherAndTheStraddlingAreasDepartements() {
        BmoIndex.Figures n1103 = index.inAreas("N1103", List.of("3216"));
        assertEquals(new Count(400 + 190 + 10, 0, 3), n1103.projects());
        assertEquals(new Count(90 + 13, 1, 3), n1103.seasonal());
        assertEquals(List.of("J0Z20", "J1Z40"), n1103.faps().stream().map(BmoIndex.Fap::code).toList());

        assertEquals(new Count(400 + 190, 0, 2), index.inDepartement("N1103", "59").projects());
        assertEquals(new Count(10, 0, 1), index.inDepartement("N1103", "62").projects());
        assertNull(index.inDepartement("D1505", "62"));
    }

    @Test
    void metiersWithoutCrosswalkAreCountedApartAndGiveNoRomeFigure() {
        assertEquals(new BmoIndex.NotMapped(1, 109), index.notMapped(List.of("3216")));
        assertEquals(new BmoIndex.NotMapped(2, 159), index.notMapped(List.of("3216", "3227")));
        assertEquals(new BmoIndex.NotMapped(0, 0), index.notMapped(List.of("3217")));
        assertEquals(Set.of("D1505", "D1507", "D1508", "N1103"), index.romesIn(List.of("3216", "3227")));
        assertEquals(Set.of(), index.romesIn(List.of("3227")));
        assertNull(index.inAreas("D1505", List.of("3227")), "no row: no figure at all, not 0");
    }

    @Test
    void aSurveyOfFap2021OnlyGivesNoRomeFigureAndCountsEveryRowAsNotMapped() {
        BmoIndex only2021 = new BmoIndex(List.of(row(2025, "R0X61", "59", "3216", 310, 80, 85),
                row(2025, "R0X60", "59", "3216", null, null, null)), CROSSWALK);
        assertEquals(2025, only2021.year());
        assertTrue(only2021.isEmpty());
        assertEquals(List.of(), only2021.newerUnmappedYears());
        assertEquals(new BmoIndex.NotMapped(2, 310), only2021.notMapped(List.of("3216")));
        assertNull(only2021.inAreas("D1505", List.of("3216")));
        assertEquals(0, BmoIndex.EMPTY.year());
    }
}
