package fr.passerelle.domain.rome;

/** What a ROME item is: savoir-faire/savoir-être (SKILL), savoir (KNOWLEDGE), work context, or a ROME 3 competence. */
public enum RomeItemKind {
    SKILL, KNOWLEDGE, CONTEXT, V3_SKILL
}
