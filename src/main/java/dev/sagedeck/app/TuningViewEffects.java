package dev.sagedeck.app;

import dev.sagedeck.domain.Backend;
import java.time.Instant;

/** Effects of the tuning view: read a search and its training jobs. Each keeps its name {@code Effect.X} (see {@link Effect}). */
public sealed interface TuningViewEffects permits Effect {
    /** Describe search {@code name} on {@code backend} and list its training jobs (the adapter pages through them). */
    record LoadTuning(String name, Backend backend) implements Effect.Io {
        public static String key(String name) {
            return "tuning:" + name;
        }

        public String key() {
            return key(name);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.TuningFailed(name, message, at);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.loadTuning(this);
        }
    }
}
