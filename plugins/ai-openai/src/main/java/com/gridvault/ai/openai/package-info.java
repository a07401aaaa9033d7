/**
 * The OpenAI-compatible {@link com.gridvault.plugin.api.ai.AiProvider}: the Chat Completions,
 * Models and Embeddings wire formats as spoken by OpenAI, Azure OpenAI, vLLM, Ollama ({@code /v1})
 * and the llama.cpp server, over the JDK's {@link java.net.http.HttpClient} with Jackson for JSON.
 */
package com.gridvault.ai.openai;
