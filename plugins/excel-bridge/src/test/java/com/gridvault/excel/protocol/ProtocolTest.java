package com.gridvault.excel.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.gridvault.excel.autonomy.AutonomyLevel;
import com.gridvault.excel.snapshot.CellSnapshot;
import com.gridvault.excel.snapshot.SheetSnapshot;
import com.gridvault.excel.snapshot.SnapshotLimits;
import com.gridvault.excel.snapshot.SnapshotValidator;
import com.gridvault.excel.snapshot.WorkbookSnapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolTest {

    private final EnvelopeValidator validator = new EnvelopeValidator(SnapshotValidator.DEFAULT);

    private static Envelope hello(Integer... versions) {
        return Envelope.of(MessageType.HELLO, "c1", new Hello("1.0.0", Arrays.asList(versions), "Excel 16"));
    }

    @Test
    void negotiatesTheHighestSharedVersion() {
        assertThat(ProtocolVersions.negotiate(List.of(1, 2, 3), List.of(1, 2))).contains(2);
        assertThat(ProtocolVersions.negotiate(List.of(3), List.of(1, 2))).isEmpty();
        assertThat(ProtocolVersions.negotiate(List.of(), List.of(1))).isEmpty();
    }

    @Test
    void helloIsAnsweredWithTheVersionAndLimits() {
        Envelope answer = ProtocolVersions.answer(
                hello(1, 7), "s1", "0.1.0", SnapshotLimits.DEFAULT, AutonomyLevel.AUTO_LOW_RISK);

        assertThat(answer.type()).isEqualTo("hello.ack");
        assertThat(answer.replyTo()).isEqualTo("c1");
        assertThat(answer.v()).isEqualTo(1);
        assertThat(answer.payload())
                .isEqualTo(new HelloAck(1, "0.1.0", SnapshotLimits.DEFAULT, AutonomyLevel.AUTO_LOW_RISK));
    }

    @Test
    void helloWithoutASharedVersionIsAnError() {
        Envelope answer =
                ProtocolVersions.answer(hello(7, 8), "s1", "0.1.0", SnapshotLimits.DEFAULT, AutonomyLevel.ASK_EACH);

        assertThat(answer.type()).isEqualTo("error");
        assertThat(answer.replyTo()).isEqualTo("c1");
        ProtocolError error = (ProtocolError) answer.payload();
        assertThat(error.code()).isEqualTo(ErrorCode.UNSUPPORTED_VERSION);
        assertThat(error.message()).contains("[7, 8]").contains("[1]");
    }

    @Test
    void wireNamesAreUniqueAndRoundTrip() {
        for (MessageType type : MessageType.values()) {
            assertThat(MessageType.fromWire(type.wireName())).contains(type);
        }
        assertThat(Arrays.stream(MessageType.values())
                        .map(MessageType::wireName)
                        .distinct())
                .hasSize(MessageType.values().length);
        assertThat(MessageType.fromWire("nope")).isEmpty();
    }

    @Test
    void envelopeChecks() {
        Envelope selection = Envelope.of(MessageType.SELECTION_CHANGED, "m1", new SelectionChanged("S", "A1"));

        assertThat(validator.check(hello(1), null)).isEmpty();
        assertThat(validator.check(selection, 1)).isEmpty();
        assertThat(code(validator.check(null, 1))).isEqualTo(ErrorCode.MALFORMED_ENVELOPE);
        assertThat(code(validator.check(new Envelope(1, "hello", " ", null, null), null)))
                .isEqualTo(ErrorCode.MALFORMED_ENVELOPE);
        assertThat(code(validator.check(new Envelope(1, "bogus", "m", null, null), 1)))
                .isEqualTo(ErrorCode.UNKNOWN_TYPE);
        assertThat(code(validator.check(selection, null))).isEqualTo(ErrorCode.NOT_NEGOTIATED);
        assertThat(code(validator.check(new Envelope(2, "selection.changed", "m", null, selection.payload()), 1)))
                .isEqualTo(ErrorCode.MALFORMED_ENVELOPE);
        assertThat(code(validator.check(
                        new Envelope(1, "range.data", "m", null, new RangeReadResponse("S", "A1", null)), 1)))
                .isEqualTo(ErrorCode.MALFORMED_ENVELOPE);
        assertThat(validator.check(new Envelope(1, "undo", "m", null, new Redo("wb")), 1))
                .get()
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
                    assertThat(e.message()).isEqualTo("the payload of 'undo' must be a Undo, was Redo");
                });
    }

    @Test
    void snapshotsAreValidatedWithTheirLimits() {
        EnvelopeValidator small = new EnvelopeValidator(new SnapshotValidator(new SnapshotLimits(1, 8192, 255, 10)));
        WorkbookSnapshot two = WorkbookSnapshot.of(
                "wb", SheetSnapshot.of("S", List.of(CellSnapshot.value("A1", 1.0), CellSnapshot.value("A2", 2.0))));
        WorkbookSnapshot bad = WorkbookSnapshot.of("wb", SheetSnapshot.of("S", List.of(CellSnapshot.value("??", 1.0))));

        Optional<ProtocolError> tooLarge = small.check(Envelope.of(MessageType.WORKBOOK_SNAPSHOT, "m", two), 1);
        Optional<ProtocolError> invalid = validator.check(Envelope.of(MessageType.WORKBOOK_SNAPSHOT, "m", bad), 1);

        assertThat(tooLarge).get().extracting(ProtocolError::code).isEqualTo(ErrorCode.SNAPSHOT_TOO_LARGE);
        assertThat(invalid).get().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
            assertThat(e.fields()).singleElement().extracting(f -> f.path()).isEqualTo("sheets[0].cells[0].address");
        });
    }

    @Test
    void replyKeepsTheVersionAndPointsBack() {
        Envelope request = Envelope.of(MessageType.RANGE_READ_REQUEST, "s9", new RangeReadRequest("S", "A1:B2"));

        Envelope response =
                request.reply(MessageType.RANGE_READ_RESPONSE, "c9", new RangeReadResponse("S", "A1:B2", null));

        assertThat(response.replyTo()).isEqualTo("s9");
        assertThat(response.v()).isEqualTo(ProtocolVersions.CURRENT);
        assertThat(validator.check(response, 1)).isEmpty();
    }

    private static ErrorCode code(Optional<ProtocolError> error) {
        return error.orElseThrow().code();
    }
}
