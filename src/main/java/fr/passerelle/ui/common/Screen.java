package fr.passerelle.ui.common;

import java.util.Optional;

/** The screens of the workstation, in the order of the navigation (Ctrl+1 … Ctrl+7). */
public enum Screen {
    PROFILE("profil"),
    PATH("parcours"),
    COMPARE("comparer"),
    PLAN("plan"),
    SEARCH("recherche"),
    DATA("donnees"),
    MARKET("marche");

    private final String key;

    Screen(String key) {
        this.key = key;
    }

    /** The name used on the command line ({@code --screen}) and in message keys ({@code nav.parcours}). */
    public String key() {
        return key;
    }

    public static Optional<Screen> byKey(String key) {
        for (Screen s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
