package com.gridvault.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Lucene's tiered merging while writes arrive, plus a compaction for {@code forceMerge}: an HNSW
 * search costs about the same in every segment, big or small, so fewer segments make vector search
 * proportionally faster. A compaction merges every segment but the largest into one; when those
 * together hold at least as many documents as the largest, it merges all of them. Each document is
 * thus rewritten by compactions a bounded number of times (the merged part at least doubles), and
 * a large, unchanged segment keeps its HNSW graph (Lucene 9.12 reuses the graph of the biggest
 * merged segment that has no deletions).
 */
final class CompactingMergePolicy extends FilterMergePolicy {

    CompactingMergePolicy() {
        super(new TieredMergePolicy());
    }

    @Override
    public MergeSpecification findForcedMerges(
            SegmentInfos infos,
            int maxSegmentCount,
            Map<SegmentCommitInfo, Boolean> segmentsToMerge,
            MergeContext context)
            throws IOException {
        List<SegmentCommitInfo> candidates = new ArrayList<>();
        for (SegmentCommitInfo info : infos) {
            if (segmentsToMerge.containsKey(info)
                    && !context.getMergingSegments().contains(info)) {
                candidates.add(info);
            }
        }
        if (candidates.size() < 2) {
            return null;
        }
        candidates.sort(Comparator.comparingInt((SegmentCommitInfo s) -> liveDocs(s, context))
                .reversed());
        long largest = liveDocs(candidates.get(0), context);
        long rest = 0;
        for (SegmentCommitInfo s : candidates.subList(1, candidates.size())) {
            rest += liveDocs(s, context);
        }
        List<SegmentCommitInfo> merge = rest >= largest ? candidates : candidates.subList(1, candidates.size());
        if (merge.size() < 2) {
            return null;
        }
        MergeSpecification spec = new MergeSpecification();
        spec.add(new MergePolicy.OneMerge(new ArrayList<>(merge)));
        return spec;
    }

    private static int liveDocs(SegmentCommitInfo info, MergeContext context) {
        try {
            return info.info.maxDoc() - context.numDeletesToMerge(info);
        } catch (IOException e) {
            return info.info.maxDoc() - info.getDelCount();
        }
    }
}
