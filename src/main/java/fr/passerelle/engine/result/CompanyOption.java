package fr.passerelle.engine.result;

/** A company likely to hire for the target occupation near her, with its score and why. */
public record CompanyOption(String siret, String name, String nafCode, String communeInsee, String commune,
                            double distanceKm, int hiringScore, boolean estimated, String why) {
}
