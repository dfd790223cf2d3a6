package fr.passerelle.domain.market;

import fr.passerelle.domain.RomeCode;

/**
 * DARES crosswalk ROME 3 → FAP-2009. When {@code qualification} is null the ROME code alone gives the FAP;
 * otherwise the job seeker's qualification level picks it.
 */
public record RomeFap(RomeCode romeCode, String qualification, String fapCode, String ruleName) {
}
