package fr.passerelle.domain.market;

/** One finest family of the FAP-2021 nomenclature with its three parent levels (BMO 2023+ uses code228). */
public record Fap2021(String code341, String label341, String code228, String label228, String code86,
                      String label86, String code22, String label22) {
}
