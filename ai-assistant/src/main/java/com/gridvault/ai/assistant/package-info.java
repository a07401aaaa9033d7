/**
 * The analyst assistant on top of the {@link com.gridvault.ai.router.AiRouter}: conversation windows
 * ({@code context}), answers grounded in the organization's documents with checked citations
 * ({@code rag}), versioned prompt templates ({@code prompt}) and JSON-schema structured extraction
 * ({@code extract}).
 *
 * <p>The module holds no server classes: the server implements the seams ({@link
 * com.gridvault.ai.assistant.rag.Retriever}, {@link com.gridvault.ai.assistant.prompt.TemplateStore})
 * and wires the services into its REST layer.
 */
package com.gridvault.ai.assistant;
