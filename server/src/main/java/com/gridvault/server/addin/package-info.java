/**
 * The Excel add-in the appliance serves: its manifest ({@code /addin/manifest.xml}), the task pane
 * page rendered with the configured Office.js location, and the page's Content-Security-Policy.
 * The task pane's static files live in {@code src/main/webapp/addin}; its protocol is
 * docs/EXCEL-PROTOCOL.md.
 */
package com.gridvault.server.addin;
