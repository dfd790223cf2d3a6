package fr.passerelle.ui.common;

/**
 * The style classes of theme.css, named once: views set them from here, never as string literals scattered around.
 * Colours are semantic tokens in theme.css (on top of AtlantaFX's -color-* variables); sizes are in em.
 */
public final class Styles {
    public static final String CARD = "target-card";
    public static final String CARD_TITLE = "card-title";
    public static final String CARD_CODE = "card-code";
    public static final String CARD_LINE = "card-line";
    public static final String CARD_CHOSEN = "card-chosen";
    public static final String GROUP_HEADER = "group-header";
    public static final String MUTED = "text-muted";
    public static final String FIELD_ERROR = "field-error";
    public static final String INVALID = "invalid";
    public static final String EMPTY_STATE = "empty-state";
    public static final String GOOD = "good";
    public static final String WARNING = "warning";
    public static final String SECTION_TITLE = "section-title";
    public static final String SAMPLE_BANNER = "sample-banner";
    public static final String CODE = "code";

    private Styles() {
    }
}
