package fr.passerelle.domain.rome;

import fr.passerelle.domain.RomeCode;

/** Holland (RIASEC) profile of a fiche: a major letter and an optional minor one. */
public record Riasec(RomeCode romeCode, String major, String minor) {
}
