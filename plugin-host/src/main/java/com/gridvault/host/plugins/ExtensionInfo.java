package com.gridvault.host.plugins;

/**
 * One extension a plugin contributes.
 *
 * @param extensionPoint the simple name of the extension point interface, e.g. {@code FinancialModel}
 * @param className the implementing class
 */
public record ExtensionInfo(String extensionPoint, String className) {}
