package dev.sagedeck.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.sagedeck.app.keys.Key;

/** Lanterna key strokes to the core's {@link Key}s; the only place that knows Lanterna's key types. */
public final class KeyTranslator {
    private KeyTranslator() {}

    /** The key, or null for input the dashboard ignores (mouse, unknown sequences). */
    public static Key translate(KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Character) {
            char c = k.getCharacter();
            if (k.isCtrlDown()) {
                return new Key("<C-" + Character.toLowerCase(c) + ">");
            }
            if (k.isAltDown()) {
                return new Key("<A-" + c + ">");
            }
            return Key.of(c);
        }
        switch (t) {
            case Enter:
                return Key.ENTER;
            case Escape:
                return Key.ESC;
            case ArrowUp:
                return Key.UP;
            case ArrowDown:
                return Key.DOWN;
            case ArrowLeft:
                return k.isCtrlDown() || k.isAltDown() ? new Key("<C-Left>") : Key.LEFT;
            case ArrowRight:
                return k.isCtrlDown() || k.isAltDown() ? new Key("<C-Right>") : Key.RIGHT;
            case PageUp:
                return Key.PAGE_UP;
            case PageDown:
                return Key.PAGE_DOWN;
            case Home:
                return Key.HOME;
            case End:
                return Key.END;
            case Tab:
                return Key.TAB;
            case ReverseTab:
                return new Key("<S-Tab>");
            case Backspace:
                return k.isAltDown() || k.isCtrlDown() ? new Key("<A-Backspace>") : Key.BACKSPACE;
            case Delete:
                return Key.DELETE;
            case F1: case F2: case F3: case F4: case F5: case F6: case F7: case F8: case F9: case F10: case F11: case F12:
                return new Key("<" + t.name() + ">"); // bound as data: F1 is help, F2 browses S3, the rest are free to remap
            default:
                return null;
        }
    }
}
