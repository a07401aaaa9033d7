package com.gridvault.ai.assistant.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplatesTest {

    private final PromptTemplates templates = new PromptTemplates(new InMemoryTemplateStore());

    @Test
    void shipsAVersionZeroDefaultForEveryId() {
        assertThat(PromptTemplates.specs().keySet())
                .contains(
                        "analyst.default",
                        "analyst.equity-research",
                        "formula.help",
                        "summarize.default",
                        "extract.strategy",
                        "extract.entities");
        for (String id : PromptTemplates.specs().keySet()) {
            PromptTemplate t = templates.active("acme", id);
            assertThat(t.ref()).isEqualTo(new PromptRef(id, 0));
            assertThat(t.system()).isNotBlank();
            assertThat(t.user()).isNotBlank();
        }
    }

    @Test
    void rendersValuesLiterallyWithoutReadingThemAsTemplates() {
        PromptTemplate t = new PromptTemplate("x", 1, "sys", "Q: {{ question }} / S: {{sources}} / {{question}}");

        RenderedPrompt r = t.render(Map.of("question", "{{sources}} costs $5 \\1", "sources", "S"));

        assertThat(r.user()).isEqualTo("Q: {{sources}} costs $5 \\1 / S: S / {{sources}} costs $5 \\1");
        assertThat(r.system()).isEqualTo("sys");
        assertThat(r.ref()).isEqualTo(new PromptRef("x", 1));
    }

    @Test
    void renderingWithoutAValueFails() {
        PromptTemplate t = new PromptTemplate("x", 1, "sys", "{{question}}");
        assertThatThrownBy(() -> t.render(Map.of()))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("{{question}}");
    }

    @Test
    void savingRejectsUnknownMalformedAndMissingPlaceholdersAndDataInTheSystemPart() {
        String id = PromptTemplates.ANALYST_DEFAULT;
        assertThatThrownBy(() -> templates.save("acme", id, "sys", "{{sources}} {{question}} {{ticker}}"))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("Unknown placeholder {{ticker}}");
        assertThatThrownBy(() -> templates.save("acme", id, "sys", "{{sources}} {{Question}}"))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("is not a placeholder");
        assertThatThrownBy(() -> templates.save("acme", id, "sys", "{{question}} only"))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("must use the placeholder {{sources}}");
        assertThatThrownBy(() -> templates.save("acme", id, "You answer {{question}}", "{{sources}} {{question}}"))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("system part");
        assertThatThrownBy(() -> templates.save("acme", "analyst.nope", "sys", "{{question}}"))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("Unknown prompt template");
        assertThat(templates.versions("acme", id)).hasSize(1);
    }

    @Test
    void eachSaveIsANewActiveVersionAndOlderOnesCanBeReactivated() {
        String id = PromptTemplates.ANALYST_EQUITY_RESEARCH;
        PromptTemplate v1 = templates.save("acme", id, "Be brief.", "{{sources}}\n{{question}}");
        PromptTemplate v2 = templates.save("acme", id, "Be thorough.", "{{sources}}\n\nQ: {{question}}");

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(templates.active("acme", id)).isEqualTo(v2);
        assertThat(templates.versions("acme", id))
                .extracting(PromptTemplate::version)
                .containsExactly(0, 1, 2);
        assertThat(templates.active("other-org", id).version()).isZero();

        templates.activate("acme", id, 1);
        assertThat(templates.active("acme", id)).isEqualTo(v1);
        templates.activate("acme", id, 0);
        assertThat(templates.active("acme", id)).isEqualTo(templates.builtIn(id));
        assertThatThrownBy(() -> templates.activate("acme", id, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
