package fr.passerelle.domain.market;

import fr.passerelle.domain.RomeCode;

/** La Bonne Boite "ROME connexe": in an employment area (LBB code), how close another ROME is (0..1). */
public record RomeConnexe(String areaCode, RomeCode romeCode, RomeCode connexeCode, double score) {
    public RomeConnexe {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("un score de connexité va de 0 à 1, pas " + score);
        }
    }
}
