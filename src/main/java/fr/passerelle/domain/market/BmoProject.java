package fr.passerelle.domain.market;

/**
 * One cell of the BMO survey (Besoins en main-d'œuvre, France Travail): the hiring projects employers declared
 * for one BMO occupation in one employment area (and one département when the area straddles several).
 * Counts masked by statistical secrecy ({@code *} in the file) are null, never 0.
 *
 * @param occupationCode   the BMO métier code: a FAP-2009 code (e.g. R0Z61) or a FAP-2021 code (e.g. R0X61)
 * @param fapNomenclature  "2009" or "2021": which FAP the occupation code belongs to (how to reach ROME codes)
 * @param areaCode         the BMO employment area of that year's zoning, 4 digits (e.g. 3216)
 * @param projects         recruitment projects ({@code met})
 * @param difficultProjects projects the employers judge difficult ({@code xmet})
 * @param seasonalProjects seasonal projects ({@code smet})
 */
public record BmoProject(int surveyYear, String occupationCode, String occupationLabel, String fapNomenclature,
                         String familyCode, String familyLabel, String regionCode, String departementCode,
                         String areaCode, String areaLabel, Integer projects, Integer difficultProjects,
                         Integer seasonalProjects) {
    public BmoProject {
        if (surveyYear < 2000 || surveyYear > 2100) {
            throw new IllegalArgumentException("année d'enquête BMO invalide : " + surveyYear);
        }
        if (occupationCode == null || !occupationCode.matches("[A-Z][0-9A-Z][A-Z][0-9]{2}")) {
            throw new IllegalArgumentException("'" + occupationCode + "' n'est pas un code métier BMO (FAP, ex. R0X61)");
        }
        if (!"2009".equals(fapNomenclature) && !"2021".equals(fapNomenclature)) {
            throw new IllegalArgumentException("nomenclature FAP inconnue : " + fapNomenclature);
        }
        if (areaCode == null || !areaCode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("'" + areaCode + "' n'est pas un code de bassin BMO (4 chiffres)");
        }
        if (departementCode == null || !departementCode.matches("[0-9]{2}|2[AB]|97[0-9]")) {
            throw new IllegalArgumentException("'" + departementCode + "' n'est pas un code département");
        }
        for (Integer count : new Integer[] {projects, difficultProjects, seasonalProjects}) {
            if (count != null && count < 0) {
                throw new IllegalArgumentException("nombre de projets négatif : " + count);
            }
        }
    }
}
