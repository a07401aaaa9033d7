/**
 * Versioned prompt templates: built-in defaults shipped with the module, organization overrides
 * kept by a {@link com.gridvault.ai.assistant.prompt.TemplateStore}, and a small renderer whose
 * {@code {{name}}} placeholders are checked when a template is saved.
 */
package com.gridvault.ai.assistant.prompt;
