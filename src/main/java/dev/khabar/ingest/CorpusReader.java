package dev.khabar.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists and decodes the article files of the corpus folder; decoding is strict so mojibake never gets indexed. */
public final class CorpusReader {

    /** A corpus file: its id, and either its decoded text with content hash or the reason it could not be read. */
    public record SourceFile(String id, Path path, String text, String contentHash, String error) {

        public boolean readable() {
            return error == null;
        }
    }

    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    public List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("corpus folder " + dir.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(CorpusReader::isArticleFile).sorted().toList();
        }
    }

    public SourceFile read(Path file) {
        String id = idOf(file);
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new SourceFile(id, file, null, null, "file is larger than " + MAX_FILE_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.isBlank()) {
                return new SourceFile(id, file, null, null, "file is empty");
            }
            return new SourceFile(id, file, text, sha256(bytes), null);
        } catch (CharacterCodingException e) {
            return new SourceFile(id, file, null, null, "file is not valid UTF-8 text");
        } catch (IOException e) {
            return new SourceFile(id, file, null, null, "file could not be read: " + e.getMessage());
        }
    }

    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
