package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JavaFX starts early only for runs that open the window; anything else is left to picocli, as before. */
class WindowArgsTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                              | true",
            "--home /tmp/h                                   | true",
            "--home=/tmp/h --profile juliette.json           | true",
            "--profile juliette.json --screen plan           | true",
            "--screen=donnees --lang en                      | true",
            "--workshop --profile p.json                     | true",
            "--home /tmp/h path --job caissier               | false",
            "status                                          | false",
            "jobs caissier --home /tmp/h                     | false",
            "--help                                          | false",
            "-h                                              | false",
            "--version                                       | false",
            "--home /tmp/h --verbose                         | false",
            "--screen                                        | true",
            "--home /tmp/h import                            | false",
    })
    void opensTheWindowOnlyWithTheWindowsOwnOptions(String line, boolean window) {
        String[] args = line.isBlank() ? new String[0] : line.trim().split("\\s+");
        assertEquals(window, WindowArgs.opensWindow(args));
    }
}
