package fr.passerelle.domain.rome;

import fr.passerelle.domain.RomeCode;

/** A fiche found in a ROME activity sector. */
public record RomeNafSectorLink(String sectorCode, String romeOgr, RomeCode romeCode) {
}
