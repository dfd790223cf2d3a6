package fr.passerelle.domain.market;

import fr.passerelle.domain.RomeCode;

/** Preferred way to apply, per NAF division and ROME code. */
public record ContactMode(String nafPrefix, RomeCode romeCode, String mode) {
}
