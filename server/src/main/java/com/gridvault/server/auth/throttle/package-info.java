/** Brute-force protection for sign-in: per-account and per-address failure counting with lockout. */
package com.gridvault.server.auth.throttle;
