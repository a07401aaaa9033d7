package com.gridvault.embeddings.onnx;

/**
 * Facts about the shipped model, from its model card (https://huggingface.co/BAAI/bge-small-en-v1.5)
 * and sentence-transformers configuration (1_Pooling: {@code pooling_mode_cls_token: true}).
 */
final class BgeSmallEnV15 {

    /** Identifies the weights; stored beside every vector by callers. */
    static final String MODEL_ID = "bge-small-en-v1.5-q";

    static final String MODEL_RESOURCE = "model/bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER_RESOURCE = "model/bge-small-en-v1.5-q-tokenizer.json";

    static final int DIMENSIONS = 384;

    /** The BERT position-embedding table has 512 rows; longer inputs cannot be encoded. */
    static final int MAX_TOKENS = 512;

    /** BGE v1.5 is trained to prepend this to short retrieval queries, never to passages. */
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private BgeSmallEnV15() {}
}
