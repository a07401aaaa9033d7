package com.gridvault.documents.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.documents.ingest.sec.EdgarFilingParser;
import com.gridvault.documents.ingest.sec.SecTestData;
import com.gridvault.documents.ingest.tables.Table;
import com.gridvault.documents.ingest.text.Section;
import com.gridvault.documents.ingest.text.StructuredText;
import com.gridvault.documents.ingest.text.StructuredTextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChunkerTest {
    private static StructuredText tenK;
    private static List<Chunk> chunks;
    private static final ChunkingOptions OPTIONS = ChunkingOptions.ofChars(1_200, 150);

    @BeforeAll
    static void chunkTheAppleTenK() {
        tenK = EdgarFilingParser.DEFAULT
                .parse(SecTestData.html(SecTestData.AAPL_10K))
                .content();
        chunks = Chunker.DEFAULT.chunk(tenK, OPTIONS);
    }

    @Test
    void offsetsMapBackToTheExactText() {
        assertThat(chunks).hasSizeGreaterThan(100);
        for (Chunk c : chunks) {
            assertThat(tenK.text().substring(c.start(), c.end())).isEqualTo(c.body());
            assertThat(c.body()).isNotBlank();
            if (!c.isTable()) {
                assertThat(c.body()).isEqualTo(c.body().strip());
            }
        }
    }

    @Test
    void noChunkCrossesASection() {
        for (Chunk c : chunks) {
            if (c.sectionId().isEmpty()) {
                assertThat(c.end()).isLessThanOrEqualTo(tenK.sections().get(0).start());
            } else {
                Section s = tenK.section(c.sectionId()).orElseThrow();
                assertThat(c.start()).isGreaterThanOrEqualTo(s.start());
                assertThat(c.end()).isLessThanOrEqualTo(s.end());
                assertThat(c.sectionTitle()).isEqualTo(s.title());
            }
        }
        assertThat(chunks).extracting(Chunk::sectionId).contains("1A", "7", "8");
    }

    @Test
    void runningTextRespectsTheTargetAndOverlaps() {
        List<Chunk> text = chunks.stream().filter(c -> !c.isTable()).toList();
        assertThat(text).allSatisfy(c -> assertThat(c.body().length()).isLessThanOrEqualTo(1_200));
        long overlapping = 0;
        for (int i = 1; i < text.size(); i++) {
            Chunk a = text.get(i - 1);
            Chunk b = text.get(i);
            if (a.sectionId().equals(b.sectionId()) && b.start() < a.end()) {
                overlapping++;
                assertThat(a.end() - b.start()).isLessThanOrEqualTo(150);
            }
        }
        assertThat(overlapping).isGreaterThan(20);
    }

    @Test
    void chunksKnowTheirPagesAndTables() {
        assertThat(chunks)
                .allSatisfy(c -> assertThat(c.firstPage()).isPositive().isLessThanOrEqualTo(c.lastPage()));
        assertThat(chunks).filteredOn(Chunk::isTable).isNotEmpty().allSatisfy(c -> assertThat(
                        tenK.tables().stream().anyMatch(t -> t.id().equals(c.tableId())))
                .isTrue());
        Chunk riskChunk = chunks.stream()
                .filter(c -> c.body().contains("supply chain"))
                .filter(c -> c.sectionId().equals("1A"))
                .findFirst()
                .orElseThrow();
        assertThat(riskChunk.firstPage()).isBetween(5, 25);
    }

    @Test
    void bigTablesSplitByRowGroupsWithTheHeaderRepeated() {
        StructuredTextBuilder b = new StructuredTextBuilder();
        b.block("Intro paragraph.");
        List<List<String>> grid = new ArrayList<>();
        grid.add(List.of("Counterparty", "Exposure", "Rating"));
        for (int i = 0; i < 60; i++) {
            grid.add(List.of("Counterparty number " + i, String.valueOf(1_000 + i), "AA"));
        }
        Table table = b.table(grid, 1);
        b.section(new Section("s1", "Exposures", 0, b.length()));
        StructuredText doc = b.build();

        List<Chunk> out = Chunker.DEFAULT.chunk(doc, ChunkingOptions.ofChars(400, 50));
        List<Chunk> tableChunks = out.stream().filter(Chunk::isTable).toList();

        assertThat(tableChunks).hasSizeGreaterThan(3);
        assertThat(tableChunks.get(0).header()).isEmpty();
        assertThat(tableChunks.get(0).body()).startsWith("Counterparty | Exposure | Rating\n");
        for (Chunk c : tableChunks.subList(1, tableChunks.size())) {
            assertThat(c.header()).isEqualTo("Counterparty | Exposure | Rating\n");
            assertThat(c.text()).startsWith(c.header()).endsWith(c.body());
            assertThat(c.text().length()).isLessThanOrEqualTo(400);
            assertThat(doc.text().substring(c.start(), c.end())).isEqualTo(c.body());
        }
        // every row lands in exactly one chunk
        assertThat(tableChunks.get(0).start()).isEqualTo(table.start());
        assertThat(tableChunks.get(tableChunks.size() - 1).end()).isEqualTo(table.end());
        for (int i = 1; i < tableChunks.size(); i++) {
            assertThat(tableChunks.get(i).start())
                    .isGreaterThan(tableChunks.get(i - 1).end());
        }
    }

    @Test
    void smallTablesStayWhole() {
        StructuredTextBuilder b = new StructuredTextBuilder();
        Table t = b.table(List.of(List.of("A", "B"), List.of("1", "2")), 1);
        List<Chunk> out = Chunker.DEFAULT.chunk(b.build(), ChunkingOptions.DEFAULTS);

        assertThat(out).singleElement().satisfies(c -> {
            assertThat(c.tableId()).isEqualTo(t.id());
            assertThat(c.body()).isEqualTo("A | B\n1 | 2");
            assertThat(c.firstPage()).isZero();
        });
    }

    @Test
    void tokenSizesAreFourCharactersEach() {
        assertThat(ChunkingOptions.ofTokens(400, 50).targetChars()).isEqualTo(1_600);
        assertThatThrownBy(() -> ChunkingOptions.ofChars(100, 80)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longWordlessTextIsCutHard() {
        StructuredText doc = StructuredText.plain("x".repeat(2_500));
        List<Chunk> out = Chunker.DEFAULT.chunk(doc, ChunkingOptions.ofChars(1_000, 0));

        assertThat(out).extracting(c -> c.body().length()).containsExactly(1_000, 1_000, 500);
    }
}
