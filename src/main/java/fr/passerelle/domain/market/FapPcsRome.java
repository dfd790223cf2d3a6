package fr.passerelle.domain.market;

import fr.passerelle.domain.RomeCode;

/** FAP-2009 ↔ PCS-ESE ↔ ROME 3 correspondence row. */
public record FapPcsRome(String fapCode, String pcsCode, RomeCode romeCode) {
}
