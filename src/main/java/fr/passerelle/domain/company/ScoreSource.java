package fr.passerelle.domain.company;

/** Where a hiring score comes from: every score shown says it, so that a counsellor can weigh it. */
public enum ScoreSource {
    /** Given by the data (La Bonne Boite's 0–100 hiring potential, or a file that says "publie"). */
    PUBLISHED,
    /** Derived by us (or the file's producer) from the ROME ↔ NAF hiring weights and the establishment's size. */
    ESTIMATED,
    /**
     * La Bonne Boite returned the establishment for a search on this ROME code but without the value: LBB lists
     * only establishments above its own threshold (5 to 20 depending on the occupation's tension), so the link is
     * real, the score unknown (stored as null; the engine may estimate it).
     */
    LISTED
}
