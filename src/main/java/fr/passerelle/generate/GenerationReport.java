package fr.passerelle.generate;

import java.time.Duration;
import java.util.List;

/** What a generation wrote: the files (path relative to --out, bytes) and the counts. */
public record GenerationReport(List<OutputFile> files, long sessions, long formations, long companies, long bmoRows,
                               Duration duration) {

    /** A file written, relative to the output folder, with its size and the number of items it holds. */
    public record OutputFile(String path, long bytes, long items) {
    }

    public long totalBytes() {
        return files.stream().mapToLong(OutputFile::bytes).sum();
    }
}
