/**
 * The Google Gemini {@link com.gridvault.plugin.api.ai.AiProvider}: the Generative Language API
 * v1beta ({@code generateContent}, Server-Sent Events {@code streamGenerateContent}, function
 * calling, structured output, models and batch embeddings) over the JDK {@link
 * java.net.http.HttpClient} with Jackson for JSON.
 */
package com.gridvault.ai.gemini;
