package fr.passerelle.domain.rome;

/** ROME 3 mobility types: a close move (same level) or a move up (evolution). */
public enum MobilityType {
    PROCHE, EVOLUTION
}
