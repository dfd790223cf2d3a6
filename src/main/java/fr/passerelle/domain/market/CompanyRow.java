package fr.passerelle.domain.market;

import fr.passerelle.domain.InseeCode;
import java.time.LocalDate;

/** An establishment as La Bonne Boite exports it (SIRET, names, NAF, address, headcount bracket). */
public record CompanyRow(String siret, String name, String tradeName, String nafCode, String streetNumber,
                         String street, InseeCode communeInsee, String postalCode, String headcountBracket,
                         LocalDate createdOn, String website) {
}
