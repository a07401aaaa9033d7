package com.gridvault.blobstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StoredBlobTest {
    private static final String SHA = TestData.sha256(new byte[] {1, 2, 3});

    @Test
    void isAValue() {
        assertThat(new StoredBlob(SHA, 3, true))
                .isEqualTo(new StoredBlob(SHA, 3, true))
                .isNotEqualTo(new StoredBlob(SHA, 3, false));
    }

    @Test
    void acceptsOnlyLowerCaseDigestsAndSizesFromZero() {
        assertThatThrownBy(() -> new StoredBlob(SHA.toUpperCase(Locale.ROOT), 3, true))
                .hasMessageContaining("sha256");
        assertThatThrownBy(() -> new StoredBlob(SHA, -1, true)).hasMessageContaining("size");
    }

    @Test
    void tooLargeExceptionCarriesTheLimit() {
        var e = new BlobTooLargeException(1_024);

        assertThat(e.limit()).isEqualTo(1_024);
        assertThat(e).hasMessageContaining("1024");
    }
}
