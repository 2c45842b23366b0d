package dev.khabar.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion with a weight per ranking: a chunk scores {@code Σ w / (rrfK + rank)}. Ranks, not raw
 * scores, are fused because BM25 and cosine scores live on different scales.
 */
public final class WeightedRrfFuser implements Fuser {

    private final int rrfK;
    private final double[] weights;

    public WeightedRrfFuser(int rrfK, double... weights) {
        this.rrfK = rrfK;
        this.weights = weights.clone();
    }

    @Override
    public List<RankedChunk> fuse(List<List<RankedChunk>> rankings, int k) {
        Map<String, RankedChunk> chunks = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int r = 0; r < rankings.size(); r++) {
            double w = r < weights.length ? weights[r] : 1.0;
            if (w <= 0) {
                continue;
            }
            List<RankedChunk> ranking = rankings.get(r);
            for (int rank = 0; rank < ranking.size(); rank++) {
                RankedChunk c = ranking.get(rank);
                chunks.putIfAbsent(c.chunk().key(), c);
                scores.merge(c.chunk().key(), w / (rrfK + rank + 1), Double::sum);
            }
        }
        List<RankedChunk> fused = new ArrayList<>();
        scores.forEach((key, score) -> fused.add(new RankedChunk(chunks.get(key).chunk(), score)));
        fused.sort(Comparator.comparingDouble(RankedChunk::score).reversed());
        return fused.subList(0, Math.min(k, fused.size()));
    }
}
