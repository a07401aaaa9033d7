package com.gridvault.ai.assistant.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The prompt templates of every organization: the built-in defaults shipped as resources (version
 * 0) and the organization's saved versions from a {@link TemplateStore}. Every save is checked
 * against the id's {@link TemplateSpec}, so an unknown placeholder is refused when it is saved, not
 * when a user asks a question. Thread-safe.
 */
public final class PromptTemplates {

    /** The general analyst answering over documents; fills {@code sources} and {@code question}. */
    public static final String ANALYST_DEFAULT = "analyst.default";
    /** The analyst tuned for equity research notes; same placeholders as the default. */
    public static final String ANALYST_EQUITY_RESEARCH = "analyst.equity-research";
    /** Help with spreadsheet formulas; fills {@code question} and optionally {@code context}. */
    public static final String FORMULA_HELP = "formula.help";
    /** Summary of earlier conversation turns; fills {@code history}. */
    public static final String SUMMARIZE_DEFAULT = "summarize.default";
    /** Generic structured extraction; fills {@code document} and optionally {@code instructions}. */
    public static final String EXTRACT_DEFAULT = "extract.default";
    /** Extraction of a backtestable strategy from a research note. */
    public static final String EXTRACT_STRATEGY = "extract.strategy";
    /** Extraction of companies, tickers, people and metrics. */
    public static final String EXTRACT_ENTITIES = "extract.entities";

    private static final Set<String> ANSWER = Set.of("sources", "question");
    private static final Set<String> EXTRACT = Set.of("instructions", "document");

    private static final Map<String, TemplateSpec> SPECS = specs(
            new TemplateSpec(ANALYST_DEFAULT, ANSWER, ANSWER),
            new TemplateSpec(ANALYST_EQUITY_RESEARCH, ANSWER, ANSWER),
            new TemplateSpec(FORMULA_HELP, Set.of("question", "context"), Set.of("question")),
            new TemplateSpec(SUMMARIZE_DEFAULT, Set.of("history"), Set.of("history")),
            new TemplateSpec(EXTRACT_DEFAULT, EXTRACT, Set.of("document")),
            new TemplateSpec(EXTRACT_STRATEGY, EXTRACT, Set.of("document")),
            new TemplateSpec(EXTRACT_ENTITIES, EXTRACT, Set.of("document")));

    private static final Map<String, PromptTemplate> BUILT_IN = loadBuiltIns();

    private final TemplateStore store;

    /**
     * Creates the templates over a store of organization versions.
     *
     * @param store the store
     */
    public PromptTemplates(TemplateStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Creates templates with an empty in-memory store: every organization gets the defaults.
     *
     * @return the templates
     */
    public static PromptTemplates defaults() {
        return new PromptTemplates(new InMemoryTemplateStore());
    }

    /**
     * Lists the template ids with their placeholders.
     *
     * @return the specs by id
     */
    public static Map<String, TemplateSpec> specs() {
        return SPECS;
    }

    /**
     * Returns the built-in default of an id.
     *
     * @param templateId the id
     * @return the version-0 template
     * @throws InvalidTemplateException for an unknown id
     */
    public PromptTemplate builtIn(String templateId) {
        spec(templateId);
        return BUILT_IN.get(templateId);
    }

    /**
     * Returns the template an organization uses now: its active saved version, else the default.
     *
     * @param orgId the organization
     * @param templateId the id
     * @return the template
     * @throws InvalidTemplateException for an unknown id
     */
    public PromptTemplate active(String orgId, String templateId) {
        spec(templateId);
        return store.active(orgId, templateId).orElse(BUILT_IN.get(templateId));
    }

    /**
     * Checks and saves a new version, which becomes the active one.
     *
     * @param orgId the organization
     * @param templateId the id
     * @param system the system part (no placeholders)
     * @param user the user part
     * @return the saved version
     * @throws InvalidTemplateException for an unknown id, an unknown or malformed placeholder, or a
     *     missing required one
     */
    public PromptTemplate save(String orgId, String templateId, String system, String user) {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
        spec(templateId).check(system, user);
        return store.save(orgId, templateId, system, user);
    }

    /**
     * Lists every version an organization can choose: the built-in default, then its saved ones.
     *
     * @param orgId the organization
     * @param templateId the id
     * @return the versions, version 0 first
     */
    public List<PromptTemplate> versions(String orgId, String templateId) {
        spec(templateId);
        List<PromptTemplate> all = new ArrayList<>();
        all.add(BUILT_IN.get(templateId));
        all.addAll(store.versions(orgId, templateId));
        return List.copyOf(all);
    }

    /**
     * Makes a version the active one (0: back to the built-in default).
     *
     * @param orgId the organization
     * @param templateId the id
     * @param version the version
     */
    public void activate(String orgId, String templateId, int version) {
        spec(templateId);
        store.activate(orgId, templateId, version);
    }

    private static TemplateSpec spec(String templateId) {
        TemplateSpec spec = SPECS.get(Objects.requireNonNull(templateId, "templateId"));
        if (spec == null) {
            throw new InvalidTemplateException(
                    "Unknown prompt template '" + templateId + "'; known: " + SPECS.keySet());
        }
        return spec;
    }

    private static Map<String, TemplateSpec> specs(TemplateSpec... specs) {
        Map<String, TemplateSpec> map = new LinkedHashMap<>();
        for (TemplateSpec spec : specs) {
            map.put(spec.id(), spec);
        }
        return Map.copyOf(map);
    }

    private static Map<String, PromptTemplate> loadBuiltIns() {
        Map<String, PromptTemplate> map = new LinkedHashMap<>();
        for (TemplateSpec spec : SPECS.values()) {
            String system = resource(spec.id() + ".system.txt");
            String user = resource(spec.id() + ".user.txt");
            spec.check(system, user);
            map.put(spec.id(), new PromptTemplate(spec.id(), 0, system, user));
        }
        return Map.copyOf(map);
    }

    private static String resource(String name) {
        String path = "/com/gridvault/ai/assistant/prompts/" + name;
        try (InputStream in = PromptTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in prompt " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read built-in prompt " + path, e);
        }
    }
}
