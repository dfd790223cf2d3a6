package fr.passerelle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The second thread of an import: it sends the batches of rows to H2 while the importer's thread reads, parses and
 * checks the next ones (about a third of a company import is reading the CSV and building the rows, the rest is H2).
 * The queue between them is bounded (a few batches of 2,000 rows), so memory stays flat whatever the file size.
 *
 * <p>Everything that can be refused with a file and line (a value too long, a repeated key) is checked before a row is
 * queued, in the reading thread: this thread only writes. A write that fails (disk full) is kept and thrown, in the
 * reading thread, at its next {@link #submit} or {@link #drain}, with the same message as a direct write; later
 * batches are discarded. The connection is used by one thread at a time: the sink drains this thread before any
 * statement of its own (a dataset row, an index dropped, the validation).
 */
final class InsertThread implements AutoCloseable {
    private static final int QUEUED_BATCHES = 4;
    private static final Batch STOP = new Batch(null, List.of());

    /** Rows for one prepared insert, sent as one JDBC batch and committed. */
    record Batch(PreparedStatement insert, List<Object[]> rows) {
    }

    private final Connection connection;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private final Object idle = new Object();
    private int inFlight;
    private volatile SQLException failure;
    private boolean stopped;

    InsertThread(Connection connection) {
        this.connection = connection;
        this.thread = new Thread(this::run, "passerelle-import-insert");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a batch (waits while the queue is full); throws the failure of an earlier batch, if any. */
    void submit(PreparedStatement insert, List<Object[]> rows) throws SQLException {
        rethrow();
        synchronized (idle) {
            inFlight++;
        }
        try {
            queue.put(new Batch(insert, rows));
        } catch (InterruptedException e) {
            synchronized (idle) {
                inFlight--;
            }
            Thread.currentThread().interrupt();
            throw new SQLException("import interrompu", e);
        }
    }

    /** Waits until every queued batch is written and committed; throws the first failure. */
    void drain() throws SQLException {
        synchronized (idle) {
            while (inFlight > 0) {
                try {
                    idle.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("import interrompu", e);
                }
            }
        }
        rethrow();
    }

    private void rethrow() throws SQLException {
        SQLException failed = failure;
        if (failed != null) {
            // A new exception each time, so that each caller's stack shows where it was noticed; the cause is H2's.
            SQLException thrown = new SQLException(failed.getMessage(), failed.getSQLState(), failed.getErrorCode(), failed);
            throw thrown;
        }
    }

    private void run() {
        while (true) {
            Batch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (batch == STOP) {
                return;
            }
            if (failure == null) {
                try {
                    write(batch);
                } catch (SQLException e) {
                    failure = e;
                } catch (RuntimeException | Error e) {
                    // Even an OutOfMemoryError: this thread must go on taking batches, or the reading thread would wait
                    // for ever on a full queue instead of seeing the failure.
                    failure = new SQLException(String.valueOf(e.getMessage()), e);
                }
            }
            synchronized (idle) {
                inFlight--;
                idle.notifyAll();
            }
        }
    }

    private void write(Batch batch) throws SQLException {
        PreparedStatement insert = batch.insert();
        for (Object[] row : batch.rows()) {
            for (int i = 0; i < row.length; i++) {
                insert.setObject(i + 1, row[i]);
            }
            insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
    }

    /**
     * Stops the thread once what is queued is done (or discarded after a failure); never throws. Called when the build
     * is finished or abandoned, before the database is shut down.
     */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            queue.put(STOP);
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
        }
    }
}
