package fr.passerelle.domain.rome;

import fr.passerelle.domain.RomeCode;

/** Which item (OGR code) sits in which block and rubric of a fiche. */
public record RomeBlockLink(RomeCode romeCode, int blockCode, Integer rubricCode, String ogr) {
}
