package com.gridvault.search.lucene.bench;

import java.util.Locale;

/**
 * How {@link SyntheticCorpus} scatters a topic's chunk vectors around the topic centroid: Gaussian
 * noise of norm {@code localNoise} inside {@code localDims} topic-specific directions, plus
 * isotropic Gaussian noise of norm {@code residualNoise} in all dimensions, then L2-normalised.
 *
 * <ul>
 *   <li>{@link #ISOTROPIC}: the first model, noise of norm 1.0 in all 384 dimensions. Each topic is
 *       locally full-dimensional (MLE local intrinsic dimension ~50-65 at k = 10-20, cosine to the
 *       nearest neighbour ~0.57), the worst case for HNSW.
 *   <li>{@link #MEASURED}: 12 topic directions, local noise 0.6, residual 0.25, calibrated by {@link
 *       LocalStructure} against bge-small-en-v1.5 vectors of 985 real filing chunks (local intrinsic
 *       dimension 9.4 / 10.8 at k = 10 / 20, median cosine to the 1st / 10th neighbour 0.872 / 0.785;
 *       this model 11.0 / 9.3 and 0.869 / 0.793), see docs/BENCHMARKS.md.
 * </ul>
 *
 * Chosen with {@code -Dbench.vectors=measured|isotropic}, or {@code d,local,residual} for a custom
 * model (calibration runs).
 */
record VectorModel(String name, int localDims, double localNoise, double residualNoise) {

    static final VectorModel ISOTROPIC = new VectorModel("isotropic", 0, 0, 1.0);
    static final VectorModel MEASURED = new VectorModel("measured", 12, 0.6, 0.25);

    VectorModel {
        if (localDims < 0 || localNoise < 0 || residualNoise < 0) {
            throw new IllegalArgumentException("bad vector model " + name);
        }
    }

    static VectorModel fromSystemProperties() {
        return parse(System.getProperty("bench.vectors", MEASURED.name));
    }

    static VectorModel parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals(ISOTROPIC.name)) {
            return ISOTROPIC;
        }
        if (v.equals(MEASURED.name)) {
            return MEASURED;
        }
        String[] parts = v.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException(
                    "bench.vectors must be measured, isotropic or d,local,residual; was " + value);
        }
        return custom(Integer.parseInt(parts[0].strip()), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
    }

    static VectorModel custom(int localDims, double localNoise, double residualNoise) {
        return new VectorModel(
                String.format(Locale.ROOT, "d%d-l%.2f-r%.2f", localDims, localNoise, residualNoise),
                localDims,
                localNoise,
                residualNoise);
    }

    /** The suffix of cached index folders: none for the isotropic model, whose folders predate models. */
    String folderSuffix() {
        return this.equals(ISOTROPIC) ? "" : "-" + name;
    }
}
