package fr.passerelle.domain.market;

import fr.passerelle.domain.RomeCode;

/** La Bonne Boite weight: hirings observed for a ROME (3) code in establishments of a NAF sub-class. */
public record RomeNafHiring(RomeCode romeCode, String nafCode, int hirings) {
    public RomeNafHiring {
        if (hirings < 0) {
            throw new IllegalArgumentException("un nombre d'embauches ne peut pas être négatif");
        }
    }
}
