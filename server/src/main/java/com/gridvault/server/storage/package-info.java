/** Where files live: the configured {@link com.gridvault.blobstore.BlobStore} (local disk or S3). */
package com.gridvault.server.storage;
