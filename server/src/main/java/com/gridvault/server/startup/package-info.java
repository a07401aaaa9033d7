/** The ordered start of the appliance: configuration, database, bootstrap administrator, plugins. */
package com.gridvault.server.startup;
