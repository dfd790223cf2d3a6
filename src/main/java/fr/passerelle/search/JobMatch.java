package fr.passerelle.search;

/** A search hit: the title found, its ROME fiche, and how it matched (for ordering and explanation). */
public record JobMatch(JobTitle title, MatchKind kind, float score) {

    /** Exact label first, then label starting with the query, then words found (possibly with a typo). */
    public enum MatchKind {
        EXACT, PREFIX, WORDS
    }
}
