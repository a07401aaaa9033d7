/**
 * Answers grounded in an organization's documents: {@link
 * com.gridvault.ai.assistant.rag.Retriever retrieval} (implemented by the server's hybrid search),
 * prompts with numbered, delimited sources, and answers whose {@code [n]} citations are checked and
 * mapped back to chunks, pages and sections.
 */
package com.gridvault.ai.assistant.rag;
