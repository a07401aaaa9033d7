/**
 * Conversations over a workspace's documents: questions answered by retrieval-augmented generation
 * with numbered citations (ai-assistant), streamed as Server-Sent Events, through the organization's
 * AI routing (ai-router); client disconnects cancel the upstream request.
 */
package com.gridvault.server.chat;
