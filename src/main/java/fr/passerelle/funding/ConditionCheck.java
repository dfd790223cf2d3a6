package fr.passerelle.funding;

import java.util.List;

/**
 * One condition as checked: its text, the value used (a word, a number, a boolean, a list of codes, or null when the
 * answer is missing) and whether it is met ({@code null} = cannot tell). A group ("any"/"all") has no value of its
 * own and lists its parts in {@code details}. {@code unit} ("€", "h", "ans") is for reading the value aloud.
 */
public record ConditionCheck(String text, Object value, Boolean met, List<ConditionCheck> details, String unit) {
    public ConditionCheck {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public ConditionCheck(String text, Object value, Boolean met, List<ConditionCheck> details) {
        this(text, value, met, details, null);
    }
}
