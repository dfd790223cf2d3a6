package fr.passerelle.ui.compare;

/**
 * One occupation of the comparison, every criterion written in French: time to a job (training length and wait),
 * what is left to pay, demand, distance, skills to acquire.
 */
public record CompareColumn(String rome, String label, String timeToJob, String leftToPay, String demand,
                            String distance, String skillsToAcquire, String companies) {
}
