package dev.sagedeck.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.view.Canvas;
import dev.sagedeck.app.view.Role;
import dev.sagedeck.app.view.ScreenPainter;
import dev.sagedeck.runtime.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * Copies the painted frame to a Lanterna screen with the theme's styles. It refreshes by delta so
 * only changed cells are written (no flashing full repaints), except right after a resize.
 */
public final class LanternaView implements Renderer {
    private final TerminalScreen screen;
    private final Map<Role, TextCharacter> blanks = new EnumMap<>(Role.class);
    private final Map<Role, Themes.Style> styles;
    private final OutputStream rawOut;
    private boolean resized = true;
    /** Inside tmux, notifications travel in its passthrough sequence. */
    private boolean tmux = System.getenv("TMUX") != null;

    /** {@code rawOut} is the terminal's output stream, for the clipboard sequence (null: no clipboard). */
    public LanternaView(TerminalScreen screen, Map<Role, Themes.Style> styles, OutputStream rawOut) {
        this.screen = screen;
        this.styles = styles;
        this.rawOut = rawOut;
        for (Role r : Role.values()) {
            blanks.put(r, cell(' ', r));
        }
    }

    /** The size the screen has now, taking a pending resize into account. */
    public TerminalSize size() {
        TerminalSize s = screen.doResizeIfNecessary();
        if (s != null) {
            resized = true;
            return s;
        }
        return screen.getTerminalSize();
    }

    @Override
    public void render(AppState state) {
        TerminalSize size = size();
        Canvas c = ScreenPainter.paint(state.withSize(size.getColumns(), size.getRows()));
        for (int y = 0; y < c.height(); y++) {
            for (int x = 0; x < c.width(); x++) {
                char ch = c.charAt(x, y);
                if (ch == Canvas.WIDE_PAD) {
                    continue; // the wide character before it covers this cell
                }
                Role role = c.roleAt(x, y);
                screen.setCharacter(x, y, ch == ' ' ? blanks.get(role) : cell(ch, role));
            }
        }
        screen.setCursorPosition(null);
        try {
            screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
            resized = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TextCharacter cell(char ch, Role role) {
        Themes.Style st = styles.get(role);
        return TextCharacter.fromCharacter(ch, st.foreground(), st.background(), st.sgr().toArray(new com.googlecode.lanterna.SGR[0]))[0];
    }

    @Override
    public void copyToClipboard(String text) {
        if (rawOut == null) {
            return;
        }
        // OSC 52 travels through SSH and tmux to the user's own terminal, which owns the clipboard;
        // written after Lanterna's last refresh flushed, so the sequences cannot interleave
        String b64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        try {
            rawOut.write(("\u001b]52;c;" + b64 + "\u0007").getBytes(StandardCharsets.US_ASCII));
            rawOut.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether notifications are wrapped for tmux (default: when $TMUX is set). */
    public LanternaView tmuxPassthrough(boolean on) {
        tmux = on;
        return this;
    }

    @Override
    public void alert(String title, String body, boolean bell, boolean desktop) {
        if (rawOut == null) {
            return; // no terminal to write to: never a stray escape in a pipe or a file
        }
        try {
            rawOut.write(TerminalAlerts.sequence(title, body, bell, desktop, tmux).getBytes(StandardCharsets.UTF_8));
            rawOut.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
