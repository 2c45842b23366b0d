package dev.khabar.ingest;

/** One corpus file as {@code /api/documents} reports it. */
public record DocumentStatus(String id, String title, int chunks, int sentences, String status, String error,
        String file) {

    public static final String OK = "ok";
    public static final String FAILED = "error";

    public static DocumentStatus ok(Article a, String file) {
        return new DocumentStatus(a.id(), a.title(), a.chunks().size(), a.sentences().size(), OK, null, file);
    }

    public static DocumentStatus failed(String id, String file, String error) {
        return new DocumentStatus(id, null, 0, 0, FAILED, error, file);
    }
}
