package dev.sagedeck.config;

import dev.sagedeck.port.ConfigException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a config file as text, or says in one line why it is not one: the checks {@link Settings#load} relies on. */
final class ConfigText {
    /** Far above any real config file; a bigger one is something else put there by mistake. */
    static final long MAX_BYTES = 1 << 20;

    private ConfigText() {}

    static String read(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigException(file, null, "is a directory, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ConfigException(file, null, "is not a regular file (a device or a pipe?)");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(file, null, "is larger than 1 MB, not a config file");
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new ConfigException(file, null, "cannot be read: permission denied");
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, null, "is a link to a file that does not exist");
        } catch (FileSystemException e) {
            throw new ConfigException(file, null, "cannot be read: " + (e.getReason() != null ? e.getReason() : e.getMessage()));
        } catch (IOException e) {
            throw new ConfigException(file, null, "cannot be read: " + e.getMessage());
        }
        String text = decode(file, bytes);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                throw new ConfigException(file, null, "line %d: control character U+%04X, not a text file".formatted(lineOf(text, i), (int) c));
            }
        }
        return text;
    }

    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ConfigException(file, null, "line %d: byte 0x%02X is not UTF-8 text".formatted(line, bytes[in.position()] & 0xFF));
        }
        d.flush(out);
        return out.flip().toString();
    }

    /** The problem {@link java.util.Properties#load} only calls "Malformed \\uxxxx encoding": where, and under which key. */
    static ConfigException badEscape(Path file, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        String logicalStart = null;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (logicalStart == null) {
                logicalStart = line;
            }
            int bad = badEscapeAt(line);
            if (bad >= 0) {
                String shown = line.substring(bad, Math.min(line.length(), bad + 6));
                return new ConfigException(file, keyOf(logicalStart),
                        "line %d: '%s' is not a unicode escape (\\u needs 4 hex digits)".formatted(n + 1, shown));
            }
            logicalStart = continues(line) ? logicalStart : null;
        }
        return new ConfigException(file, null, "is not a valid properties file (malformed \\u escape)");
    }

    private static int badEscapeAt(String line) {
        for (int i = 0; i < line.length() - 1; i++) {
            if (line.charAt(i) == '\\') {
                if (line.charAt(i + 1) == 'u' && !fourHex(line, i + 2)) {
                    return i;
                }
                i++; // an escaped character, possibly a backslash
            }
        }
        return -1;
    }

    private static boolean fourHex(String s, int from) {
        if (from + 4 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String keyOf(String line) {
        String t = line.stripLeading();
        int end = 0;
        while (end < t.length() && "=: \t".indexOf(t.charAt(end)) < 0) {
            end += t.charAt(end) == '\\' ? 2 : 1;
        }
        String key = t.substring(0, Math.min(end, t.length()));
        return key.isEmpty() ? null : key;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }
}
