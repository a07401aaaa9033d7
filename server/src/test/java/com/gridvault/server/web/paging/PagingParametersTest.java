package com.gridvault.server.web.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code sort} and {@code cursor} query parameters: parsing, round trips and every refusal. */
class PagingParametersTest {

    private static final List<String> SORTABLE = List.of("name", "createdAt");

    @Test
    void sortAcceptsTheAllowListAndIdInBothDirections() {
        assertThat(Sort.parse(null, SORTABLE)).isEqualTo(Sort.DEFAULT);
        assertThat(Sort.parse(" ", SORTABLE)).isEqualTo(Sort.DEFAULT);
        assertThat(Sort.parse("name", SORTABLE)).isEqualTo(new Sort("name", false));
        assertThat(Sort.parse("-createdAt", SORTABLE)).isEqualTo(new Sort("createdAt", true));
        assertThat(Sort.parse("-id", SORTABLE).token()).isEqualTo("-id");
    }

    @Test
    void anUnknownSortFieldNamesTheAllowedOnes() {
        for (String bad : List.of("email", "Name", "--name", "-", "name;drop table x", "+name")) {
            assertThatThrownBy(() -> Sort.parse(bad, SORTABLE))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.BAD_REQUEST))
                    .hasMessageContaining("'sort' must be one of name, -name, createdAt, -createdAt, id, -id");
        }
    }

    @Test
    void aCursorRoundTripsOpaquelyAndOnlyForItsSort() {
        Sort byName = new Sort("name", true);
        String text = Cursor.after(byName, "Zürich \"desk\" 50%", "id-7").encode();
        assertThat(text).matches("[A-Za-z0-9_-]+").doesNotContain("Zürich");
        assertThat(Cursor.decode(text, byName)).isEqualTo(new Cursor("-name", "Zürich \"desk\" 50%", "id-7"));
        assertThat(Cursor.decode(null, byName)).isNull();

        assertThatThrownBy(() -> Cursor.decode(text, new Sort("name", false)))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("made for sort=-name, not sort=name");
        assertThatThrownBy(() -> Cursor.decode(text, Sort.DEFAULT))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("not sort=id");
    }

    @Test
    void longValuesAndIdSortsLeaveTheValueOut() {
        assertThat(Cursor.after(new Sort("name", false), "x".repeat(Cursor.MAX_VALUE + 1), "a")
                        .value())
                .isNull();
        assertThat(Cursor.after(new Sort("name", false), "x".repeat(Cursor.MAX_VALUE), "a")
                        .value())
                .hasSize(Cursor.MAX_VALUE);
        assertThat(Cursor.after(Sort.DEFAULT, "a", "a").value()).isNull();
    }

    @Test
    void textThatIsNotACursorIsRefused() {
        for (String bad : List.of(
                "abc",
                "!!!",
                encode("[1,2]"),
                encode("{\"s\":\"name\"}"),
                encode("{\"s\":\"name\",\"k\":7}"),
                encode("not json"),
                "e30")) {
            assertThatThrownBy(() -> Cursor.decode(bad, new Sort("name", false)))
                    .as(bad)
                    .isInstanceOf(ApiException.class)
                    .hasMessageContaining("'cursor' is not a cursor of this list");
        }
    }

    @Test
    void pageRequestChecksTheSortBeforeTheCursor() {
        String cursor = Cursor.after(new Sort("name", false), "a", "1").encode();
        assertThat(PageRequest.of("name", cursor, 3, SORTABLE).after().value()).isEqualTo("a");
        assertThatThrownBy(() -> PageRequest.of("size", cursor, 3, SORTABLE)).hasMessageContaining("'sort'");
    }

    @Test
    void likeWildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(KeysetQuery.escapeLike("50%_off\\!")).isEqualTo("50\\%\\_off\\\\!");
        assertThat(KeysetQuery.escapeLike("plain")).isEqualTo("plain");
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
