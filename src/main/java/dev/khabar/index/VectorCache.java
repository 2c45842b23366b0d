package dev.khabar.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Chunk vectors on disk, one file per (article content, chunking, model): a restart with unchanged articles embeds
 * nothing. Files are written to a temporary name and moved into place, so a crash never leaves a half file behind.
 */
public final class VectorCache {

    private static final Logger LOG = Logger.getLogger(VectorCache.class);
    private static final int MAGIC = 0x4B484256; // "KHBV"

    private final Path folder;

    public VectorCache(Path folder) {
        this.folder = folder;
    }

    public Optional<List<float[]>> load(String key) {
        Path file = folder.resolve(key + ".vec");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            int count = in.readInt();
            int dim = in.readInt();
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] v = new float[dim];
                for (int j = 0; j < dim; j++) {
                    v[j] = in.readFloat();
                }
                vectors.add(v);
            }
            return Optional.of(vectors);
        } catch (IOException e) {
            LOG.warnf("Ignoring unreadable vector file %s: %s", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void store(String key, List<float[]> vectors) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, key, ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw))) {
                out.writeInt(MAGIC);
                out.writeInt(vectors.size());
                out.writeInt(vectors.isEmpty() ? 0 : vectors.get(0).length);
                for (float[] v : vectors) {
                    for (float f : v) {
                        out.writeFloat(f);
                    }
                }
            }
            try {
                Files.move(tmp, folder.resolve(key + ".vec"), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, folder.resolve(key + ".vec"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Serving goes on from memory; the next start embeds this article again.
            LOG.warnf("Could not persist vectors under %s: %s", folder, e.getMessage());
        }
    }

    /** Deletes vector files whose key is not in {@code live}. */
    public void retainOnly(java.util.Set<String> live) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".vec"))
                    .filter(f -> !live.contains(f.getFileName().toString().replaceFirst("\\.vec$", "")))
                    .forEach(f -> {
                        try {
                            Files.deleteIfExists(f);
                        } catch (IOException e) {
                            LOG.debugf("Could not delete stale %s", f);
                        }
                    });
        } catch (IOException e) {
            LOG.debugf("Could not list %s", folder);
        }
    }
}
