package com.gridvault.server.chat;

import com.gridvault.ai.router.AiRouterException;
import com.gridvault.ai.router.BudgetExceededException;
import com.gridvault.ai.router.NoProviderConfiguredException;
import jakarta.json.Json;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The problem a failed answer stream ends with, as an {@code error} event's JSON. */
final class StreamErrors {

    private StreamErrors() {}

    static String problemJson(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        int status;
        String detail;
        if (t instanceof NoProviderConfiguredException) {
            status = 503;
            detail = t.getMessage();
        } else if (t instanceof BudgetExceededException) {
            status = 429;
            detail = t.getMessage();
        } else if (t instanceof AiRouterException) {
            status = 502;
            detail = t.getMessage();
        } else {
            status = 500;
            detail = "The answer could not be completed. Quote the request id to your administrator.";
        }
        return Json.createObjectBuilder()
                .add("status", status)
                .add("detail", detail == null ? "" : detail)
                .build()
                .toString();
    }
}
