package fr.passerelle.domain.training;

/**
 * A training ("formation" in LHEO): what is taught and which certification it leads to, offered by one
 * organisation. Where, when and at what price are on its {@link TrainingAction actions}.
 *
 * @param trainingId the source's identifier (LHEO formation @numero) or one derived from the file
 * @param certifying null when the source does not say
 */
public record Training(String trainingId, String title, String objective, Boolean certifying,
                       TrainingLevel entryLevel, TrainingLevel exitLevel, String rncpCode, String certifinfoCode,
                       String rsCode, String providerSiret, String providerName, String providerNumero,
                       String providerActivityNumber) {
    public Training {
        Checks.id("formation", trainingId);
        Checks.required("intitulé de la formation", title, 500);
        Checks.maxLength("code RNCP", rncpCode, 12);
        Checks.maxLength("code CertifInfo", certifinfoCode, 12);
        Checks.maxLength("code RS", rsCode, 12);
        Checks.siret(providerSiret);
        Checks.maxLength("nom de l'organisme", providerName, 300);
        Checks.maxLength("numéro de l'organisme", providerNumero, 60);
        Checks.maxLength("numéro de déclaration d'activité", providerActivityNumber, 11);
    }
}
