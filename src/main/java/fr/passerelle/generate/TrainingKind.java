package fr.passerelle.generate;

/**
 * The kinds of training the generator writes, with believable hours (in centre, then the share spent in a company),
 * prices per hour and levels. Figures are orders of magnitude seen in Carif-Oref and CPF listings (a titre
 * professionnel is 500–1,200 h with a few weeks of placement at 9–15 €/h; a short course 14–140 h at 20–60 €/h), not
 * statistics.
 */
enum TrainingKind {
    TITRE_PRO(30, true, "Titre professionnel %s", false, 400, 1100, 0.10, 0.30, 9, 15, "6", new String[] {"13", "14"},
            new String[] {"0", "1", "3", "13"}),
    CAP(8, true, "CAP %s", true, 400, 800, 0.15, 0.35, 8, 13, "6", new String[] {"13"}, new String[] {"0", "1", "12"}),
    CQP(10, true, "Certificat de qualification professionnelle %s", false, 150, 500, 0.0, 0.25, 10, 18, "6",
            new String[] {"0", "13"}, new String[] {"0", "1"}),
    QUALIFIANTE(15, false, "Formation qualifiante %s", false, 200, 600, 0.10, 0.30, 9, 16, "8", new String[] {"0"},
            new String[] {"0", "1", "3", "13"}),
    POE(10, false, "Préparation opérationnelle à l'emploi : %s", false, 200, 400, 0.0, 0.20, 8, 12, "7",
            new String[] {"0"}, new String[] {"0", "1"}),
    PERFECTIONNEMENT(22, false, "Perfectionnement : %s", true, 14, 140, 0.0, 0.0, 20, 60, "2", new String[] {"0"},
            new String[] {"0", "4", "14"}),
    BTS(5, true, "BTS %s", true, 800, 1350, 0.20, 0.40, 8, 12, "6", new String[] {"15"}, new String[] {"5", "14"});

    final double weight;
    final boolean certifying;
    final String titlePattern;
    /** True when the title names the Formacode descriptor ("CAP maçonnerie"), false for the ROME label. */
    final boolean titleFromFormacode;
    final int minHours;
    final int maxHours;
    final double minCompanyShare;
    final double maxCompanyShare;
    final double minRate;
    final double maxRate;
    final String generalObjective;
    final String[] exitLevels;
    final String[] entryLevels;

    TrainingKind(double weight, boolean certifying, String titlePattern, boolean titleFromFormacode, int minHours,
                 int maxHours, double minCompanyShare, double maxCompanyShare, double minRate, double maxRate,
                 String generalObjective, String[] exitLevels, String[] entryLevels) {
        this.weight = weight;
        this.certifying = certifying;
        this.titlePattern = titlePattern;
        this.titleFromFormacode = titleFromFormacode;
        this.minHours = minHours;
        this.maxHours = maxHours;
        this.minCompanyShare = minCompanyShare;
        this.maxCompanyShare = maxCompanyShare;
        this.minRate = minRate;
        this.maxRate = maxRate;
        this.generalObjective = generalObjective;
        this.exitLevels = exitLevels;
        this.entryLevels = entryLevels;
    }
}
