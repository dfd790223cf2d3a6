package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.rules.RankingWeights;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.rome.MobilityType;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import java.time.LocalDate;

/**
 * A small hand-made world for engine unit tests (no database): a cashier (D1505) in Lille and the occupations her
 * fiche links to, each built to exercise one rule. Codes are real ROME codes so that the sourced table of regulated
 * occupations applies; every other figure is invented.
 *
 * <pre>
 * ROME 4 links of D1505: D1507 (rank 1, 7 of its 10 units shared)   D1424 (2, 1 of 12 shared)
 *                        J1506 (3, regulated, table: 36 months)      N1101 (4, regulated, table: 1 month)
 *                        K2503 (5, not flagged by ROME, in the table) H1404 (6, only a 2,000 h training)
 *                        J1404 (7, regulated, "Diplôme d'Etat" text) M1101 (9, executive)
 * ROME 3 of D1505:       proche → M1601 (heir M1601, derived M1614); proche → D1424 (already ROME 4: ignored);
 *                        évolution → K1301 narrowed to job title 38389, held by K1305; proche from job title 11111 → G1602
 * Connexe (area 3216):   D1505 → N1103 score 0.5 (heir N1103, derived N1113)
 * </pre>
 */
final class SmallWorld {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final String LILLE = "59350";

    private SmallWorld() {
    }

    static FixturePathData data() {
        FixturePathData d = new FixturePathData()
                .region("32", "Hauts-de-France").region("11", "Île-de-France")
                .departement("59", "Nord", "32").departement("62", "Pas-de-Calais", "32").departement("75", "Paris", "11")
                .commune(LILLE, "Lille", "59", "32", 50.6319, 3.0470, "3216", "3216")
                .commune("59009", "Villeneuve-d'Ascq", "59", "32", 50.6233, 3.1450, "3216", "3216")
                .commune("59178", "Douai", "59", "32", 50.3818, 3.0909, "3220", "3220")
                .commune("62041", "Arras", "62", "32", 50.2910, 2.7775, "3201", "3201")
                .commune("75056", "Paris", "75", "11", 48.8566, 2.3522, "1107", "1107")
                .area("3216", "LILLE").area("3220", "DOUAI").area("3201", "ARRAS").area("1107", "T1 Paris");
        fiches(d);
        links(d);
        skills(d);
        d.access("D1507", "Cet emploi est accessible sans qualification particulière, mais un CAP serait un plus.")
                .access("D1424", "Cet emploi est accessible avec un Bac professionnel commerce.")
                .access("J1404", "Cet emploi est accessible avec un Diplôme d'Etat de masseur-kinésithérapeute, obligatoire pour exercer.")
                .access("M1601", "Cet emploi est accessible à partir d'un niveau CAP.")
                .access("M1614", "Cet emploi est accessible à partir d'un niveau CAP.")
                .access("H1404", "Cet emploi est accessible sans diplôme.");
        // Demand: D1507 in her area; D1424 only in Paris (national figure); M1601 only in Arras (region); K2503 in Douai (département).
        d.tension("D1505", "3216", 100, 200, 2).tension("D1505", "1107", 100, 100, 2)
                .tension("D1507", "3216", 150, 100, 4)
                .tension("D1424", "1107", 300, 100, 5)
                .tension("M1601", "3201", 50, 50, 3)
                .tension("K2503", "3220", 80, 40, 5)
                .connexe("3216", "D1505", "N1103", 0.5)
                .connexe("3216", "D1505", "A1101", 0.2);
        d.training("T1", "D1424", 300, 100_000L, LocalDate.of(2027, 1, 10), "59009", 50.6233, 3.1450)
                .training("T2", "H1404", 2_000, null, LocalDate.of(2027, 2, 1), LILLE, 50.6319, 3.0470)
                .training("T3", "M1101", 800, 50_000L, LocalDate.of(2027, 3, 1), "62041", 50.2910, 2.7775)
                .company("00000000000001", "D1507", "59009", 50.6233, 3.1450, 80);
        return d;
    }

    private static void fiches(FixturePathData d) {
        d.fiche("D1505", "Hôte de caisse").fiche("D1507", "Employé de rayon").fiche("D1424", "Vendeur à domicile")
                .fiche("J1506", "Infirmier", null, true, false).fiche("N1101", "Cariste", null, true, false)
                .fiche("K2503", "Agent de sécurité").fiche("H1404", "Technicien méthodes")
                .fiche("J1404", "Kinésithérapeute", null, true, false).fiche("M1101", "Acheteur", null, false, true)
                .fiche("M1601", "Chargé d'accueil").fiche("M1614", "Standardiste", "M1601", false, false)
                .fiche("K1301", "Educateur en locomotion").fiche("K1305", "Technicien d'intervention sociale", "K1301", false, false)
                .fiche("G1602", "Commis de cuisine").fiche("N1103", "Préparateur de commandes")
                .fiche("N1113", "Préparateur au drive", "N1103", false, false).fiche("A1101", "Conducteur d'engins agricoles")
                .v3Fiche("M1601", "Accueil et renseignements").v3Fiche("K1301", "Accompagnement médicosocial");
    }

    private static void links(FixturePathData d) {
        d.rank("D1505", "D1507", 1).rank("D1505", "D1424", 2).rank("D1505", "J1506", 3).rank("D1505", "N1101", 4)
                .rank("D1505", "K2503", 5).rank("D1505", "H1404", 6).rank("D1505", "J1404", 7).rank("D1505", "M1101", 9)
                .typed("D1505", "M1601", MobilityType.PROCHE, null, null)
                .typed("D1505", "D1424", MobilityType.PROCHE, null, null)
                .typed("D1505", "K1301", MobilityType.EVOLUTION, null, "38389")
                .typed("D1505", "G1602", MobilityType.PROCHE, "11111", null)
                .appellation("38389", "Assistant de soins en gérontologie", "K1305");
    }

    /** Units: macro-competences m1, m2 (skills s1..s4) and knowledge k1..k25; c1 is a work context; cB, cQ certifications. */
    private static void skills(FixturePathData d) {
        d.skill("m1", "Accueillir un client", null).skill("m2", "Gérer les stocks", null)
                .skill("s1", "Encaisser", "m1").skill("s2", "Renseigner un client", "m1")
                .skill("s3", "Compter la caisse", "m2").skill("s4", "Remplir un rayon", "m2")
                .context("c1", "Travail le samedi")
                .certification("cB", "Bac pro métiers du commerce et de la vente")
                .certification("cQ", "CQP hôte de caisse");
        for (int i = 1; i <= 25; i++) {
            d.knowledge("k" + i, "Savoir " + i, "Domaines d'expertise");
        }
        d.has("D1505", "s1", "s3", "k1", "k2", "k3", "k4", "k5", "k6", "c1", "cB", "cQ");
        d.has("D1507", "s2", "s4", "k1", "k2", "k3", "k4", "k5", "k7", "k8", "k9", "c1", "cB", "cQ");
        d.has("D1424", "k1", "k10", "k11", "k12", "k13", "k14", "k15", "k16", "k17", "k18", "k19", "k20");
        for (String code : new String[] {"M1601", "M1614", "H1404", "N1101", "K2503", "K1305", "N1103", "N1113"}) {
            d.has(code, "k1", "k2", "k3", "k4", "k5", "k6", "k21", "k22", "k23", "k24");
        }
        d.has("J1506", "k1", "k21", "k22");
        d.has("J1404", "k1", "k21", "k22");
        d.has("M1101", "k1", "k21", "k22");
    }

    static PathEngine engine() {
        return new PathEngine(data().index(), RankingWeights.DEFAULT);
    }

    static JobSeekerProfile cashier(EducationLevel level, int radiusKm) {
        return new JobSeekerProfile(new RomeCode("D1505"), new InseeCode(LILLE), radiusKm, level, null, 50_000, 0, false);
    }

    static PathResult path(EducationLevel level) throws PathException {
        return engine().compute(cashier(level, 30), 100, TODAY);
    }

    static TargetOccupation target(PathResult result, String rome) {
        return result.occupations().stream().filter(t -> t.rome().equals(rome)).findFirst()
                .orElseThrow(() -> new AssertionError(rome + " is not a candidate: "
                        + result.occupations().stream().map(TargetOccupation::rome).toList()));
    }
}
