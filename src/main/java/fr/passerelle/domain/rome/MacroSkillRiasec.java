package fr.passerelle.domain.rome;

/** Holland (RIASEC) profile of a macro-skill. */
public record MacroSkillRiasec(String ogr, String major, String minor) {
}
