/**
 * Content-addressed, tenant-partitioned storage of immutable blobs (uploaded documents): the
 * {@link com.gridvault.blobstore.BlobStore} contract and its two implementations, {@link
 * com.gridvault.blobstore.LocalDiskBlobStore} and {@link com.gridvault.blobstore.S3BlobStore} (any
 * S3-compatible server, configured by {@link com.gridvault.blobstore.S3Settings}). Free of Jakarta EE
 * and of the server: the server constructs a store and hands it what users upload.
 */
package com.gridvault.blobstore;
