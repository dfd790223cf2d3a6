package fr.passerelle.ui.path;

import fr.passerelle.ui.common.Icons;
import fr.passerelle.ui.common.Shortcuts;
import fr.passerelle.ui.common.Styles;
import fr.passerelle.ui.common.Views;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The path screen: what-if controls bound to the view model, cards built from its groups (one focusable card per
 * target: Return opens the detail, C compares, P makes the plan), rescue buttons, the empty state, the detail on top.
 */
public final class PathView implements Shortcuts {
    /** The widest a rescue suggestion is laid out, in pixels as the cards' minimum width (380). */
    private static final double RESCUE_MAX_WIDTH = 560;

    private final PathViewModel model;

    @FXML private BorderPane cardsPane;
    @FXML private Label summaryLabel;
    @FXML private Slider radiusSlider;
    @FXML private Label radiusValue;
    @FXML private Slider hoursSlider;
    @FXML private Label hoursValue;
    @FXML private Slider budgetSlider;
    @FXML private Label budgetValue;
    @FXML private CheckBox remoteCheck;
    @FXML private ProgressIndicator computingIndicator;
    @FXML private ScrollPane cardsScroll;
    @FXML private Label emptyLabel;
    @FXML private VBox groupsBox;
    @FXML private VBox rescueBox;
    @FXML private FlowPane rescueButtons;
    @FXML private Label dataAsOfLabel;
    @FXML private BorderPane detail;
    @FXML private TargetDetailView detailController;

    public PathView(PathViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        bind(radiusSlider, model.radiusProperty(), 1);
        bind(hoursSlider, model.maxHoursProperty(), 50);
        bind(budgetSlider, model.budgetEurosProperty(), 50);
        radiusValue.textProperty().bind(Bindings.createStringBinding(() -> model.radiusProperty().get() + "\u00A0km", model.radiusProperty()));
        hoursValue.textProperty().bind(Bindings.createStringBinding(() -> model.hoursText(model.maxHoursProperty().get()),
                model.maxHoursProperty()));
        budgetValue.textProperty().bind(Bindings.createStringBinding(() -> model.moneyText(100L * model.budgetEurosProperty().get()),
                model.budgetEurosProperty()));
        remoteCheck.selectedProperty().bindBidirectional(model.remoteProperty());
        computingIndicator.visibleProperty().bind(model.computingProperty());
        Views.bindText(emptyLabel, model.emptyMessageProperty());
        dataAsOfLabel.textProperty().bind(model.dataAsOfProperty());
        model.groups().addListener((ListChangeListener<CardGroup>) c -> showGroups());
        model.rescue().addListener((ListChangeListener<RescueAction>) c -> showRescue());
        model.state().compared().addListener((ListChangeListener<String>) c -> showGroups());
        rescueBox.visibleProperty().bind(Bindings.isNotEmpty(model.rescue()));
        rescueBox.managedProperty().bind(rescueBox.visibleProperty());
        detail.visibleProperty().bind(model.state().detailTargetProperty().isNotNull());
        cardsPane.visibleProperty().bind(detail.visibleProperty().not());
        detailController.onApply(model::apply);
        detailController.onCompare(model::toggleCompare);
        detailController.onPlan(model::plan);
        model.state().detailTargetProperty().addListener((obs, old, rome) -> {
            if (rome == null && old != null) {
                focusCard(old);
            }
        });
        showGroups();
        showRescue();
    }

    /** A slider moves the what-if value in whole steps (km, hours, euros); the view model recomputes. */
    private static void bind(Slider slider, Property<Number> value, int step) {
        slider.setValue(value.getValue().doubleValue());
        slider.valueProperty().addListener((obs, o, n) -> {
            int rounded = (int) (Math.round(n.doubleValue() / step) * step);
            if (rounded != value.getValue().intValue()) {
                value.setValue(rounded);
            }
        });
        value.addListener((obs, o, n) -> {
            if (Math.abs(slider.getValue() - n.doubleValue()) >= 1) {
                slider.setValue(n.doubleValue());
            }
        });
    }

    private void showGroups() {
        groupsBox.getChildren().clear();
        for (CardGroup group : model.groups()) {
            Label header = new Label(model.text("path.group.count", group.header(), group.cards().size()));
            header.getStyleClass().add(Styles.GROUP_HEADER);
            FlowPane cards = new FlowPane(12, 12);
            for (TargetCard card : group.cards()) {
                Region box = card(card);
                // Two cards a row on a laptop, following the window as it grows; one a row when narrow.
                box.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> cards.getWidth() < 820
                        ? Math.max(380, cards.getWidth() - 2) : (cards.getWidth() - 14) / 2, cards.widthProperty()));
                cards.getChildren().add(box);
            }
            groupsBox.getChildren().addAll(header, cards);
        }
    }

    private Region card(TargetCard card) {
        Label title = new Label(card.label());
        title.getStyleClass().add(Styles.CARD_TITLE);
        title.setWrapText(true);
        Label code = new Label(card.rome());
        code.getStyleClass().add(Styles.CODE);
        code.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label score = new Label(model.text("path.card.score", card.score()));
        score.getStyleClass().add(Styles.MUTED);
        score.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, title, code, spacer, score);
        Label horizon = line(card.horizonReason(), Icons.HORIZON);
        horizon.getStyleClass().add("horizon");
        Label access = line(card.access(), Icons.REGULATED);
        access.getStyleClass().add("regulated");
        Label why = line(card.why(), null);
        why.getStyleClass().add(Styles.MUTED);
        Label demand = line(card.demand(), Icons.DEMAND);
        if (card.betterMarket()) {
            demand.getStyleClass().add(Styles.GOOD);
        }
        Label training = line(card.training(), Icons.TRAINING);
        if (!card.trainingFound()) {
            training.getStyleClass().add(Styles.WARNING);
        }
        Label money = line(card.leftToPay(), Icons.MONEY);
        Label companies = line(card.companies(), Icons.COMPANY);
        if (!card.companyFound()) {
            companies.getStyleClass().add(Styles.WARNING);
        }
        Label offers = line(card.offers(), Icons.COMPANY);
        Button open = new Button(model.text("path.card.detail"));
        open.setOnAction(e -> model.openDetail(card.rome()));
        ToggleButton compare = new ToggleButton(model.text("path.card.compare"));
        compare.setSelected(model.isCompared(card.rome()));
        compare.setOnAction(e -> {
            if (!model.toggleCompare(card.rome())) {
                compare.setSelected(false);
            }
        });
        Button plan = new Button(model.text("path.card.plan"));
        plan.setOnAction(e -> model.plan(card.rome()));
        HBox actions = new HBox(8, open, compare, plan);
        VBox box = new VBox(6, head, horizon, access, why, demand, training, money, companies, offers, actions);
        box.getStyleClass().add(Styles.CARD);
        if (model.isCompared(card.rome())) {
            box.getStyleClass().add(Styles.CARD_CHOSEN);
        }
        box.setFocusTraversable(true);
        box.setUserData(card.rome());
        box.setMinWidth(380);
        box.setAccessibleText(card.label() + " " + card.rome());
        Tooltip.install(box, new Tooltip(model.text("path.card.keys")));
        box.setOnMouseClicked(e -> {
            box.requestFocus();
            if (e.getClickCount() == 2) {
                model.openDetail(card.rome());
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getTarget() != box) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                model.openDetail(card.rome());
                e.consume();
            } else if (e.getCode() == KeyCode.C && !e.isShortcutDown()) {
                model.toggleCompare(card.rome());
                e.consume();
            } else if (e.getCode() == KeyCode.P && !e.isShortcutDown()) {
                model.plan(card.rome());
                e.consume();
            }
        });
        return box;
    }

    private static Label line(String text, String icon) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.CARD_LINE);
        if (icon != null) {
            label.setGraphic(Icons.icon(icon));
        }
        label.setVisible(text != null && !text.isEmpty());
        label.setManaged(label.isVisible());
        return label;
    }

    private void showRescue() {
        rescueButtons.getChildren().clear();
        for (RescueAction action : model.rescue()) {
            rescueButtons.getChildren().add(rescueItem(action, model::apply));
        }
    }

    /**
     * A rescue's button and its effect. Capped in width and wrapping: the rescue that names the next close occupations
     * is a sentence of some 300 characters on the national data, which on one line widened the page, and every card
     * with it, past the window.
     */
    static VBox rescueItem(RescueAction action, java.util.function.Consumer<RescueAction> apply) {
        Button button = new Button(action.label());
        button.setGraphic(Icons.icon(Icons.IDEA));
        button.setTooltip(new Tooltip(action.effect()));
        button.setOnAction(e -> apply.accept(action));
        button.setWrapText(true);
        Label effect = new Label(action.effect());
        effect.getStyleClass().add(Styles.MUTED);
        effect.setWrapText(true);
        VBox item = new VBox(2, button, effect) {
            @Override
            protected double computePrefWidth(double height) {
                // The flow's minimum width is its widest child's preferred one: a child as wide as its whole sentence
                // would make the scroll pane's content wider than its viewport.
                return Math.min(super.computePrefWidth(height), RESCUE_MAX_WIDTH);
            }
        };
        item.setMaxWidth(RESCUE_MAX_WIDTH);
        return item;
    }

    /** Focus on the first card, or on a given one (back from its detail). */
    public void focus() {
        focusCard(null);
    }

    private void focusCard(String rome) {
        for (Node n : groupsBox.lookupAll("." + Styles.CARD)) {
            if (rome == null || rome.equals(n.getUserData())) {
                n.requestFocus();
                return;
            }
        }
        radiusSlider.requestFocus();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.ESCAPE), detailController::back,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), radiusSlider::requestFocus);
    }
}
