package fr.passerelle.engine.result;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A company likely to hire for the target occupation near her, with its score and why. {@code why} is the French
 * sentence (what the JSON, the PDF and the CSV carry); {@link #why(MessageRenderer)} says it in the reader's language.
 */
public record CompanyOption(String siret, String name, String nafCode, String communeInsee, String commune,
                            double distanceKm, int hiringScore, boolean estimated, String why) {

    /** "score d'embauche 72/100 publié, à 3,4 km": the hiring score, where it comes from, the distance to a tenth. */
    public static Message whyMessage(int hiringScore, boolean estimated, String nafCode, double distanceKm) {
        Message source = estimated ? Message.of("company.why.estimated", Param.code(String.valueOf(nafCode)))
                : Message.of("company.why.published");
        return Message.of("company.why", Param.number(hiringScore), Param.of(source),
                Param.decimal(BigDecimal.valueOf(distanceKm).setScale(1, RoundingMode.HALF_UP)));
    }

    /** Why this company, in the renderer's language (from the figures kept here: the distance is already to a tenth). */
    public String why(MessageRenderer in) {
        return in.render(whyMessage(hiringScore, estimated, nafCode, distanceKm));
    }
}
