package com.gridvault.realtime;

/** The {@code code} values of {@code error} messages; see {@code docs/REALTIME.md}. */
public final class ErrorCodes {

    /** The text is not a JSON object. */
    public static final String MALFORMED_JSON = "malformed_json";
    /** A required field is missing or of the wrong type. */
    public static final String INVALID_ENVELOPE = "invalid_envelope";
    /** {@code v} is a number other than {@link Envelope#VERSION}. */
    public static final String UNSUPPORTED_VERSION = "unsupported_version";
    /** No built-in type and no handler for this type. */
    public static final String UNKNOWN_TYPE = "unknown_type";
    /** The channel is not {@code kind:id} with a known kind. */
    public static final String INVALID_CHANNEL = "invalid_channel";
    /** The channel does not exist or the user may not see it; deliberately one code for both. */
    public static final String FORBIDDEN_OR_UNKNOWN = "forbidden_or_unknown";
    /** The session is subscribed to the maximum number of channels. */
    public static final String TOO_MANY_SUBSCRIPTIONS = "too_many_subscriptions";
    /** The connection's outbound queue overflowed; the server closes it next (4008). */
    public static final String SLOW_CONSUMER = "slow_consumer";
    /** A handler failed; the request may be retried. */
    public static final String INTERNAL_ERROR = "internal_error";

    private ErrorCodes() {}
}
