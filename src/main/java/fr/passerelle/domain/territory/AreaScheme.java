package fr.passerelle.domain.territory;

/**
 * Two codings of the employment areas (bassins d'emploi): the 4-digit BMO codes used by the BMO survey and the
 * tension indicators, and La Bonne Boite's unpadded codes used by its "ROME connexes" table.
 */
public enum AreaScheme {
    BMO, LBB
}
