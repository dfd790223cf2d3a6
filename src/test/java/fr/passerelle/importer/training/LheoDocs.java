package fr.passerelle.importer.training;

/** Small LHEO documents for tests, one element per line so that errors have predictable lines. */
final class LheoDocs {
    static final String NS_22 = "http://www.lheo.org/2.2";
    static final String NS_23 = "http://lheo.gouv.fr/2.3";

    /** One formation, one action in Lille, one session; {@code NAMESPACE} is replaced by the caller. */
    static final String OFFERS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lheo xmlns="NAMESPACE">
            <offres>
            <formation numero="F1">
            <domaine-formation>
            <code-FORMACODE ref="V12">31768</code-FORMACODE>
            <code-FORMACODE ref="V12" tag="principal">31795</code-FORMACODE>
            <code-ROME>N1101</code-ROME>
            </domaine-formation>
            <intitule-formation>CACES R489 catégories 1A, 3 et 5</intitule-formation>
            <objectif-formation>Conduire des chariots en sécurité.</objectif-formation>
            <certifiante>1</certifiante>
            <code-niveau-entree>1</code-niveau-entree>
            <action numero="A1">
            <modalites-enseignement>0</modalites-enseignement>
            <conditions-specifiques>Aptitude médicale.</conditions-specifiques>
            <lieu-de-formation>
            <coordonnees>
            <adresse>
            <ligne>12 rue Imaginaire</ligne>
            <codepostal>59000</codepostal>
            <ville>Lille</ville>
            <code-INSEE-commune>59350</code-INSEE-commune>
            <geolocalisation>
            <latitude>50.631855</latitude>
            <longitude>3.046987</longitude>
            </geolocalisation>
            </adresse>
            </coordonnees>
            </lieu-de-formation>
            <session numero="S1">
            <periode>
            <debut>20270111</debut>
            <fin>20270115</fin>
            </periode>
            <etat-recrutement>1</etat-recrutement>
            </session>
            <prix-total-TTC>1190</prix-total-TTC>
            <nombre-heures-centre>35</nombre-heures-centre>
            <nombre-heures-total>35</nombre-heures-total>
            <organisme-financeur>
            <code-financeur>10</code-financeur>
            </organisme-financeur>
            </action>
            <organisme-formation-responsable numero="O1">
            <numero-activite>32590000001</numero-activite>
            <SIRET-organisme-formation>
            <SIRET>99900000100017</SIRET>
            </SIRET-organisme-formation>
            <nom-organisme>Centre de formation fictif des Flandres</nom-organisme>
            <raison-sociale>CFFF</raison-sociale>
            </organisme-formation-responsable>
            </formation>
            </offres>
            </lheo>
            """;

    /** One summary, as the Intercarif web service returns it. */
    static final String INDEX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lheo-index xmlns="http://www.lheo.org/2.2">
            <resumes-offres>
            <resume-offre numero="14_AF_0000000001_SE_0000000001">
            <domaine-formation>
            <code-FORMACODE>43436</code-FORMACODE>
            <code-ROME>J1501</code-ROME>
            </domaine-formation>
            <intitule-formation>Diplôme d'État d'aide-soignant</intitule-formation>
            <nom-organisme numero="14_OF_1">Campus fictif</nom-organisme>
            <SIRET>99900000300013</SIRET>
            <codepostal>62000</codepostal>
            <code-INSEE-commune>62041</code-INSEE-commune>
            <ville>Arras</ville>
            <certifiante>1</certifiante>
            <code-niveau-entree>1</code-niveau-entree>
            <modalites-enseignement>0</modalites-enseignement>
            <nombre-heures-total>1470</nombre-heures-total>
            <session>
            <periode>
            <debut>20270100</debut>
            <fin>20271200</fin>
            </periode>
            </session>
            <extras info="geolocalisation">
            <extra info="latitude">50.29002</extra>
            <extra info="longitude">2.7660496</extra>
            </extras>
            </resume-offre>
            </resumes-offres>
            </lheo-index>
            """;

    private LheoDocs() {
    }

    static String offers(String namespace) {
        return OFFERS.replace("NAMESPACE", namespace);
    }

    /** {@code text} with {@code from} replaced once; fails when {@code from} is absent, so a fixture cannot silently rot. */
    static String replace(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("fixture has no " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The 1-based line of the first occurrence of {@code marker}. */
    static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("no " + marker + " in the document");
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
