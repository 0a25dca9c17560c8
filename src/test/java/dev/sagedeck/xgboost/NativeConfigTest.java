package dev.sagedeck.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The quiet setting goes through xgboost4j's own JNI entry points, not its ConfigContext (whose
 * databind mapper cost a run ~0.1 s): found in this xgboost4j (an upgrade that moves them fails
 * here rather than quietly bringing databind back), and what it changes is given back on close.
 */
class NativeConfigTest {
    @Test
    void quietOnThisThread_setsVerbosityZero_andCloseGivesTheSettingBack() throws Exception {
        NativeLibrary.load();
        assertThat(NativeConfig.available()).isTrue();
        String before = NativeConfig.get();
        assertThat(before).contains("\"verbosity\"");

        try (NativeQuiet quiet = NativeQuiet.onThisThread()) {
            assertThat(NativeConfig.get()).contains("\"verbosity\":0").isNotEqualTo(before);
        }

        assertThat(NativeConfig.get()).isEqualTo(before);
    }
}
