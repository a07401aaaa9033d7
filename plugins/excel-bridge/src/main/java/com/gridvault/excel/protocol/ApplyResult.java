package com.gridvault.excel.protocol;

/**
 * The add-in reports what became of one proposed action.
 *
 * @param actionId the action's id
 * @param status applied, declined or failed
 * @param message Excel's error for {@link ApplyStatus#FAILED}, otherwise null
 */
public record ApplyResult(String actionId, ApplyStatus status, String message) {}
