package fr.passerelle.export;

/**
 * A company to contact: where, how far, and why in plain words. {@code hiringScore} 0–100; {@code estimated} true when
 * the score comes from the sector's hiring rather than published with the data.
 */
public record PlanCompany(String siret, String name, String commune, String communeInsee, double distanceKm,
                          int hiringScore, boolean estimated, String nafCode, String why) {
}
