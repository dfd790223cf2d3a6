package fr.passerelle.ui.path;

/**
 * One target occupation as its card shows it, every text already decided and formatted in French (the view only
 * places them): when she could start and why ({@code horizonReason}), what the law requires when it is regulated
 * ({@code access}, empty otherwise), why it is close, the demand with its figures, place and year, the easiest
 * training, what is left to pay (certain, and possible when lower), the companies, the live offers near her
 * ({@code offers}, empty when the cache holds none).
 */
public record TargetCard(String rome, String label, String score, String horizonReason, String access, String why,
                         String demand, String training, String leftToPay, String companies, String offers, boolean betterMarket,
                         boolean trainingFound, boolean companyFound) {

    /** A diploma, licence or card is required: the card says so in the warning colour. */
    public boolean regulated() {
        return !access.isEmpty();
    }
}
