package fr.passerelle.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/** The Material Design icons of the window (Ikonli), named once; each literal is checked by a test. */
public final class Icons {
    public static final String PROFILE = "mdi2a-account-outline";
    public static final String PATH = "mdi2m-map-marker-radius";
    public static final String COMPARE = "mdi2c-compare-horizontal";
    public static final String PLAN = "mdi2f-file-document-outline";
    public static final String SEARCH = "mdi2m-magnify";
    public static final String DATA = "mdi2d-database-outline";
    public static final String DEMAND = "mdi2c-chart-line";
    public static final String TRAINING = "mdi2s-school";
    public static final String MONEY = "mdi2c-cash";
    public static final String COMPANY = "mdi2o-office-building";
    public static final String BACK = "mdi2a-arrow-left";
    public static final String IMPORT = "mdi2d-database-import-outline";
    public static final String THEME = "mdi2t-theme-light-dark";
    public static final String PRINT = "mdi2p-printer";
    public static final String PDF = "mdi2f-file-pdf-box";
    public static final String CSV = "mdi2f-file-delimited";
    public static final String CANCEL = "mdi2c-close-circle-outline";
    public static final String IDEA = "mdi2l-lightbulb-on-outline";
    public static final String WARNING = "mdi2a-alert-outline";
    public static final String CHECK = "mdi2c-check-circle-outline";
    public static final String HORIZON = "mdi2c-clock-outline";
    public static final String REGULATED = "mdi2c-certificate-outline";
    public static final String MARKET = "mdi2c-chart-bar";
    public static final String WORKSHOP = "mdi2p-projector-screen";
    public static final String LANGUAGE = "mdi2t-translate";
    public static final String FOLDER = "mdi2f-folder-open-outline";

    private Icons() {
    }

    public static FontIcon icon(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("icon");
        return icon;
    }
}
