/**
 * Structured extraction: JSON-schema-constrained answers validated with a JSON Schema validator,
 * one repair attempt, and the two shipped uses, {@link
 * com.gridvault.ai.assistant.extract.StrategyExtraction strategies} for the quant pack's rule
 * backtester and {@link com.gridvault.ai.assistant.extract.EntityExtraction entities}.
 */
package com.gridvault.ai.assistant.extract;
