package com.gridvault.realtime;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * A stand-in for the Excel bridge: answers {@code excel.range.read} for a one-row range such as
 * {@code A1:C1} with one cell per column whose value is its address, and refuses anything else.
 */
final class ExcelStubHandler implements RequestHandler {

    @Override
    public void handle(HubSession session, Envelope request) {
        if (!request.type().equals("excel.range.read")) {
            session.replyError(request, "UNKNOWN_TYPE", "the stub serves excel.range.read only");
            return;
        }
        String sheet = request.payload().getString("sheet");
        String range = request.payload().getString("range");
        String[] corners = range.split(":");
        char first = corners[0].charAt(0);
        char last = corners[1].charAt(0);
        String row = corners[0].substring(1);
        JsonArrayBuilder cells = Json.createArrayBuilder();
        for (char column = first; column <= last; column++) {
            String address = column + row;
            cells.add(Json.createObjectBuilder().add("address", address).add("value", sheet + "!" + address));
        }
        JsonObject payload = Json.createObjectBuilder()
                .add("sheet", sheet)
                .add("range", range)
                .add("cells", cells)
                .build();
        session.reply(request, "excel.range.data", payload);
    }
}
