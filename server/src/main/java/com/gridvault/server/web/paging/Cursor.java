package com.gridvault.server.web.paging;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.ProblemType;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a sorted list: the sort it belongs to, the sort value of the last item returned
 * and that item's id. Long sort values (names may have thousands of characters) are left out to
 * keep the cursor short; the next page then reads the value of the item with that id.
 *
 * @param sort the {@link Sort#token()} the cursor was made for
 * @param value the last item's sort value as text; null when left out or sorting by id
 * @param id the last item's id
 */
public record Cursor(String sort, String value, String id) {

    /** Longest sort value carried inside a cursor, in characters. */
    static final int MAX_VALUE = 200;

    /** Longest cursor accepted, in characters; far above what {@link #encode()} produces. */
    public static final int MAX_LENGTH = 2048;

    /** A cursor after an item; drops a value longer than {@link #MAX_VALUE}. */
    static Cursor after(Sort sort, String value, String id) {
        boolean keep = value != null && !sort.field().equals(Sort.ID) && value.length() <= MAX_VALUE;
        return new Cursor(sort.token(), keep ? value : null, id);
    }

    /** The opaque text form: base64url of a small JSON object. */
    public String encode() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("s", sort).add("k", id);
        if (value != null) {
            json.add("v", value);
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor for a list in a given order.
     *
     * @param text the {@code cursor} query parameter; null or blank for the first page
     * @param sort the order of the request
     * @return the cursor, or null for the first page
     * @throws ApiException 400 for text that is not a cursor, or a cursor made for another order
     */
    public static Cursor decode(String text, Sort sort) {
        if (text == null || text.isBlank()) {
            return null;
        }
        JsonObject json;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text.strip());
            json = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))
                    .readObject();
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            throw invalid();
        }
        String madeFor = string(json, "s");
        String id = string(json, "k");
        if (madeFor == null || id == null) {
            throw invalid();
        }
        if (!madeFor.equals(sort.token())) {
            throw new ApiException(
                    ProblemType.BAD_REQUEST,
                    "Query parameter 'cursor' was made for sort=" + madeFor + ", not sort=" + sort.token()
                            + "; keep the sort while paging, or start again without a cursor");
        }
        return new Cursor(madeFor, string(json, "v"), id);
    }

    static ApiException invalid() {
        return new ApiException(
                ProblemType.BAD_REQUEST,
                "Query parameter 'cursor' is not a cursor of this list; pass the nextCursor of the previous page");
    }

    private static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
