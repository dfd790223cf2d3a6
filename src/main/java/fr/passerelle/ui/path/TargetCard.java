package fr.passerelle.ui.path;

/**
 * One target occupation as its card shows it, every text already decided and formatted in French (the view only
 * places them): why it is close, the demand with its figures, place and year, the easiest training, what is left to
 * pay, the companies.
 */
public record TargetCard(String rome, String label, String score, String why, String demand, String training,
                         String leftToPay, String companies, boolean betterMarket, boolean trainingFound,
                         boolean companyFound) {
}
