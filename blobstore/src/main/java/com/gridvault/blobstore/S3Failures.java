package com.gridvault.blobstore;

import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Turns AWS SDK exceptions into this library's {@link IOException}s. */
final class S3Failures {
    private final String where;
    private final String secret;

    /**
     * @param where names the server for messages (bucket and endpoint, never credentials)
     * @param secret the secret key, scrubbed from any message as a last line of defence
     */
    S3Failures(String where, String secret) {
        this.where = where;
        this.secret = secret;
    }

    /** {@code true} if the server said the object does not exist. */
    static boolean isNotFound(SdkException e) {
        if (e instanceof NoSuchKeyException) {
            return true;
        }
        if (e instanceof AwsServiceException service && service.statusCode() == 404) {
            // HEAD answers carry no body, hence no error code; a missing bucket has its own code.
            String code = service.awsErrorDetails() == null
                    ? null
                    : service.awsErrorDetails().errorCode();
            return code == null || code.equals("NoSuchKey") || code.equals("NotFound");
        }
        return false;
    }

    IOException failure(String operation, String key, SdkException e) {
        String detail;
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            detail = "HTTP " + service.statusCode() + " "
                    + service.awsErrorDetails().errorCode() + ": "
                    + service.awsErrorDetails().errorMessage();
        } else {
            detail = e.getMessage();
        }
        return new IOException("S3 " + operation + " of '" + key + "' at " + where + " failed: " + scrub(detail), e);
    }

    private String scrub(String message) {
        if (message == null) {
            return "(no detail)";
        }
        return secret == null || secret.isEmpty() ? message : message.replace(secret, "****");
    }
}
