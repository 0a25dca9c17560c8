package dev.sagedeck.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives each distinct text value of a column a small integer code, looking values up by their
 * UTF-8 bytes so that a million repeated "male"/"female" fields never become a million Strings.
 */
final class ByteDictionary {
    private int[] slots = new int[64]; // code + 1, 0 = empty; open addressing, linear probing
    private int[] hashes = new int[32];
    private byte[][] keys = new byte[32][];
    private int size;

    /** The code of {@code b[off, end)}, adding it when new. */
    int code(byte[] b, int off, int end) {
        int h = hash(b, off, end);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return add(Arrays.copyOfRange(b, off, end), h, i);
            }
            int code = slot - 1;
            if (hashes[code] == h && equal(keys[code], b, off, end)) return code;
        }
    }

    int code(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return code(bytes, 0, bytes.length);
    }

    int code(byte[] key) {
        return code(key, 0, key.length);
    }

    /** The UTF-8 bytes of {@code code}'s key (not to be changed). */
    byte[] keyBytes(int code) {
        return keys[code];
    }

    String key(int code) {
        return new String(keys[code], StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    List<String> keys() {
        List<String> out = new ArrayList<>(size);
        for (int c = 0; c < size; c++) out.add(key(c));
        return out;
    }

    private int add(byte[] key, int h, int slotIndex) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int code = size++;
        keys[code] = key;
        hashes[code] = h;
        slots[slotIndex] = code + 1;
        if (size * 2 > slots.length) rehash();
        return code;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int code = 0; code < size; code++) {
            int i = hashes[code] & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = code + 1;
        }
    }

    private static int hash(byte[] b, int off, int end) {
        int h = 0x811C9DC5;
        for (int i = off; i < end; i++) h = (h ^ b[i]) * 0x01000193;
        return h ^ (h >>> 16);
    }

    private static boolean equal(byte[] key, byte[] b, int off, int end) {
        return Arrays.equals(key, 0, key.length, b, off, end);
    }
}
