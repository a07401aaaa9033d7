package com.gridvault.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Range headers as RFC 9110 section 14 defines them, for a 100-byte file. */
class ByteRangeTest {

    private static final long SIZE = 100;

    @Test
    void aClosedRangeIsServedAsIsAndClippedAtTheEnd() {
        assertThat(ByteRange.parse("bytes=0-9", SIZE)).isEqualTo(new ByteRange.Partial(new ByteRange(0, 9)));
        assertThat(ByteRange.parse("bytes=90-500", SIZE)).isEqualTo(new ByteRange.Partial(new ByteRange(90, 99)));
        assertThat(new ByteRange(90, 99).contentRange(SIZE)).isEqualTo("bytes 90-99/100");
        assertThat(new ByteRange(90, 99).length()).isEqualTo(10);
    }

    @Test
    void anOpenRangeRunsToTheEndAndASuffixRangeTakesTheLastBytes() {
        assertThat(ByteRange.parse("bytes=95-", SIZE)).isEqualTo(new ByteRange.Partial(new ByteRange(95, 99)));
        assertThat(ByteRange.parse("bytes=-10", SIZE)).isEqualTo(new ByteRange.Partial(new ByteRange(90, 99)));
        assertThat(ByteRange.parse("bytes=-1000", SIZE)).isEqualTo(new ByteRange.Partial(new ByteRange(0, 99)));
    }

    @Test
    void aRangeBeyondTheEndIsUnsatisfiable() {
        assertThat(ByteRange.parse("bytes=100-", SIZE)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.parse("bytes=-0", SIZE)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.parse("bytes=99999999999999999999-", SIZE)).isInstanceOf(ByteRange.Whole.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes=", "bytes=-", "items=0-5", "bytes=5-2", "bytes=0-1,4-5", "bytes=a-b"})
    void headersThatCannotBeUsedAreIgnored(String header) {
        assertThat(ByteRange.parse(header, SIZE)).isInstanceOf(ByteRange.Whole.class);
    }

    @Test
    void noHeaderMeansTheWholeFile() {
        assertThat(ByteRange.parse(null, SIZE)).isInstanceOf(ByteRange.Whole.class);
    }
}
