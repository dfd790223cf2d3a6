package fr.passerelle.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The insert thread writes every queued batch before drain() returns, and a failed write is thrown in the caller. */
class InsertThreadTest {
    private Connection connection;
    private PreparedStatement insert;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:insert-thread-" + System.nanoTime(), "sa", "");
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE t (n INTEGER NOT NULL, label VARCHAR(10))");
        }
        insert = connection.prepareStatement("INSERT INTO t (n, label) VALUES (?, ?)");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static List<Object[]> rows(int from, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            rows.add(new Object[] {i, "r" + i});
        }
        return rows;
    }

    private long count() throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("SELECT COUNT(*), SUM(n) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyQueuedBatchIsWrittenAndCommittedWhenDrainReturns() throws SQLException {
        try (InsertThread inserts = new InsertThread(connection)) {
            for (int b = 0; b < 20; b++) {   // more batches than the queue holds: submit waits, nothing is lost
                inserts.submit(insert, rows(b * 500, 500));
            }
            inserts.drain();
            assertEquals(10_000, count());
        }
    }

    @Test
    void aFailedBatchIsThrownAtTheNextDrainAndSubmitAndLaterBatchesAreNotWritten() throws SQLException {
        InsertThread inserts = new InsertThread(connection);
        inserts.submit(insert, rows(0, 100));
        List<Object[]> bad = rows(100, 10);
        bad.set(5, new Object[] {null, "sans n"});
        inserts.submit(insert, bad);
        inserts.submit(insert, rows(200, 100));

        SQLException drained = assertThrows(SQLException.class, inserts::drain);
        assertTrue(drained.getMessage().contains("NULL not allowed"), drained.getMessage());
        SQLException submitted = assertThrows(SQLException.class, () -> inserts.submit(insert, rows(300, 1)));
        assertEquals(drained.getMessage(), submitted.getMessage());
        inserts.close();   // returns: the thread has stopped
        connection.rollback();   // the failed batch was never committed (an abandoned build is simply deleted)
        assertEquals(100, count(), "the batch before the failure is written, the ones after it are not");
    }
}
