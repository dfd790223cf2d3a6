package fr.passerelle.ui;

import fr.passerelle.app.Home;
import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.search.JobSearch;
import fr.passerelle.ui.main.MainView;
import fr.passerelle.ui.main.MainViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Opens the workstation window and waits until it is closed. Builds the screens with their view models. */
public final class WorkstationWindow {
    private WorkstationWindow() {
    }

    public static void showAndWait(Home home) {
        CountDownLatch closed = new CountDownLatch(1);
        Workstation workstation = Workstation.open(home);
        FxTaskRunner tasks = new FxTaskRunner();
        Platform.startup(() -> {
            Stage stage = new Stage();
            Messages messages = new Messages(Locale.FRENCH);
            MainViewModel model = new MainViewModel(backend(workstation), tasks, messages);
            stage.setTitle(messages.get("app.title"));
            stage.setScene(scene(model, messages));
            stage.setOnHidden(e -> closed.countDown());
            stage.show();
            model.start();
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            tasks.close();
            workstation.close();
            Platform.exit();
        }
    }

    /** The main scene, also used by the UI tests. */
    public static Scene scene(MainViewModel model, Messages messages) {
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"), messages.bundle());
        loader.setControllerFactory(type -> {
            if (type == MainView.class) {
                return new MainView(model);
            }
            throw new IllegalArgumentException("no controller " + type);
        });
        try {
            Parent root = loader.load();
            Scene scene = new Scene(root, 1100, 700);
            scene.getStylesheets().add(WorkstationWindow.class.getResource("theme.css").toExternalForm());
            return scene;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MainViewModel.Backend backend(Workstation workstation) {
        return new MainViewModel.Backend() {
            @Override
            public boolean seedIfEmpty(ProgressListener progress) throws Exception {
                return workstation.seedIfEmpty(progress);
            }

            @Override
            public JobSearch jobSearch() {
                return workstation.jobSearch();
            }

            @Override
            public List<DatasetInfo> datasets() {
                return workstation.datasets().all();
            }
        };
    }
}
