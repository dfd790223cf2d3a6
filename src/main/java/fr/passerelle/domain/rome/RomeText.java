package fr.passerelle.domain.rome;

import fr.passerelle.domain.RomeCode;

/** One sentence of a fiche's free texts (definition, access conditions...), in reading order. */
public record RomeText(RomeCode romeCode, int blockCode, String textType, int position, String text) {
}
