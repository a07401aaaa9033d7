package com.gridvault.realtime;

/**
 * A snapshot of the hub's counters.
 *
 * @param sessions open, authenticated sessions
 * @param subscriptions (session, channel) pairs
 * @param dropped sessions closed as slow consumers since start
 */
public record HubStats(int sessions, int subscriptions, long dropped) {}
