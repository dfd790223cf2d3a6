package fr.passerelle.domain.rome;

/** A rubric of a block (1 savoir-faire, 2 savoir-être, 3 savoirs). */
public record RomeRubric(int code, int blockCode, int position, String label) {
}
