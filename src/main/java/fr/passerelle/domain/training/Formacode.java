package fr.passerelle.domain.training;

import java.util.Objects;

/**
 * A descriptor of the Formacode thesaurus (Centre Inffo).
 *
 * @param descriptorType    DOM (training field), DIP (diploma), PUB (public), OUT (tools)... joined with " | "
 * @param semanticFieldCode the semantic field's number ("317"), with its label in {@code semanticField}
 * @param genericCode       the broader descriptor, null at the top of a tree
 * @param synonyms          the non-preferred terms, " | "-separated, or null
 */
public record Formacode(FormacodeCode code, String label, String descriptorType, String semanticFieldCode,
                        String semanticField, FormacodeCode genericCode, String nsfCode, String synonyms,
                        String definition) {
    public Formacode {
        Objects.requireNonNull(code, "code");
        Checks.required("libellé Formacode", label, 300);
        Checks.maxLength("type de descripteur", descriptorType, 100);
        Checks.maxLength("champ sémantique", semanticFieldCode, 3);
        Checks.maxLength("champ sémantique", semanticField, 200);
        Checks.maxLength("code NSF", nsfCode, 3);
        Checks.maxLength("termes non préférés", synonyms, 4000);
        Checks.maxLength("définition", definition, 4000);
        if (code.equals(genericCode)) {
            throw new IllegalArgumentException("le descripteur " + code + " est son propre terme générique");
        }
    }
}
