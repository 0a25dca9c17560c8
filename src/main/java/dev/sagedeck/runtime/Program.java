package dev.sagedeck.runtime;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Effect;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.Next;
import dev.sagedeck.app.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one loop that owns the state: it drains the inbox, applies each message with the pure
 * reducer, hands effects to the runner, and renders once per drained batch. Other threads only
 * {@link #send} messages. Tests call {@link #step()} on their own thread.
 */
public final class Program {
    private final LinkedBlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();
    private final Busy busy;
    private final Renderer renderer;
    private EffectRunner runner;
    private AppState state;
    private boolean dirty = true;
    private final Effect.TerminalHandler terminal = new Effect.TerminalHandler() {
        @Override
        public void copyToClipboard(Effect.CopyToClipboard c) {
            renderer.copyToClipboard(c.text());
        }

        @Override
        public void alert(Effect.Alert a) {
            renderer.alert(a.title(), a.body(), a.bell(), a.desktop());
        }
    };

    public Program(AppState initial, Renderer renderer, Busy busy) {
        this.state = initial;
        this.renderer = renderer;
        this.busy = busy;
    }

    public void attach(EffectRunner effects) {
        this.runner = effects;
    }

    /** Thread-safe: queue a message for the UI thread; counted busy until applied. */
    public void send(Msg msg) {
        busy.begin();
        inbox.add(msg);
    }

    public AppState state() {
        return state;
    }

    /** Applies every queued message, runs their effects and renders if anything changed. */
    public boolean step() {
        return process(null);
    }

    private boolean process(Msg first) {
        List<Msg> batch = new ArrayList<>();
        if (first != null) {
            batch.add(first);
        }
        inbox.drainTo(batch);
        for (Msg msg : batch) {
            try {
                apply(msg);
            } finally {
                busy.end();
            }
        }
        if (dirty) {
            dirty = false;
            renderer.render(state);
        }
        return !batch.isEmpty();
    }

    private void apply(Msg msg) {
        Next next = Update.update(state, msg);
        if (!next.state().equals(state)) {
            dirty = true;
        }
        state = next.state();
        for (Effect e : next.effects()) {
            if (e instanceof Effect.Terminal t) {
                t.accept(terminal); // terminal output belongs to the UI thread
            } else if (runner != null) {
                runner.run((Effect.Io) e); // Effect permits only Io and Terminal
            }
        }
    }

    /** Marks the screen for a full redraw (after a resize). */
    public void invalidate() {
        dirty = true;
    }

    /** Runs until the state says quit: block on the inbox between messages, so idle costs nothing. */
    public void run() throws InterruptedException {
        step();
        while (!state.quit()) {
            process(inbox.poll(1, TimeUnit.SECONDS));
        }
    }
}
