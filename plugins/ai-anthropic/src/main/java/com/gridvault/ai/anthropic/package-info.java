/**
 * The Anthropic {@link com.gridvault.plugin.api.ai.AiProvider}: the Messages API (chat, Server-Sent
 * Events streaming, tool use) and the Models API, over the JDK {@link java.net.http.HttpClient} with
 * Jackson for JSON.
 */
package com.gridvault.ai.anthropic;
