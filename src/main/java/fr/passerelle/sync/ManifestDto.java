package fr.passerelle.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The manifest on the wire; unknown fields are ignored so that a newer server can add some. */
@JsonIgnoreProperties(ignoreUnknown = true)
final class ManifestDto {
    public String format;
    public String version;
    public String createdAt;
    public List<FileDto> files;

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class FileDto {
        public String name;
        public String kind;
        public String scope;
        public String label;
        public String version;
        public String sha256;
        public long bytes;
        public long lines;
        public String gzipSha256;
        public long gzipBytes;
        public String url;
    }
}
