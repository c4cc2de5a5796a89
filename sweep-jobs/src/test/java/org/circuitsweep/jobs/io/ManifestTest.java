package org.circuitsweep.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ManifestTest {

    private final Manifest manifest = new Manifest("tiny-0123456789ab", "tiny", "0123456789abcdef".repeat(4), 60, 8, 8,
            "1.0", List.of("gNa", "gKd"), Instant.parse("2026-01-02T03:04:05.678Z"));

    @Test
    void roundTripsThroughJson() {
        assertThat(Manifest.fromJson(manifest.toJson())).isEqualTo(manifest);
    }

    @Test
    void refusesGarbageAndNamesTheBadField() {
        assertThatThrownBy(() -> Manifest.fromJson("{{{".getBytes(StandardCharsets.UTF_8))).hasMessage("not JSON");
        String json = new String(manifest.toJson(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Manifest.fromJson(json.replace("\"chunk_count\" : 8", "\"chunk_count\" : 9")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("inconsistent chunking");
        assertThatThrownBy(() -> Manifest.fromJson(json.replace("\"spec_hash\"", "\"hash\"")
                .getBytes(StandardCharsets.UTF_8))).hasMessageStartingWith("spec_hash");
        assertThatThrownBy(() -> Manifest.fromJson(json.replace("\"format_version\" : 1", "\"format_version\" : 7")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("format_version 7");
    }
}
