package org.govgraph.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a normalized text into the words the {@link Gazetteer} matches on: runs of letters and digits (an
 * apostrophe between letters belongs to the word), and every other character but spaces, hyphens and apostrophes as
 * a word of its own. Hyphens and spaces separate words, so "out-of-hours" and "out of hours" are the same words. Each
 * word has its offsets, its text as written ({@code raws}, for abbreviations) and its lower-case key (for names).
 */
final class GazetteerTokens {
    final int[] starts;
    final int[] ends;
    final String[] keys;
    final String[] raws;
    final int size;

    private GazetteerTokens(int[] starts, int[] ends, String[] keys, String[] raws, int size) {
        this.starts = starts;
        this.ends = ends;
        this.keys = keys;
        this.raws = raws;
        this.size = size;
    }

    static GazetteerTokens of(String s) {
        int n = s.length();
        int capacity = Math.max(4, n / 3);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        String[] keys = new String[capacity];
        String[] raws = new String[capacity];
        int size = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '-' || c == '\'') {
                i++;
                continue;
            }
            int j = i + 1;
            String raw;
            String key;
            if (Character.isLetterOrDigit(c)) {
                boolean apostrophe = false;
                while (j < n) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if (d == '\'' && j + 1 < n && Character.isLetter(s.charAt(j + 1)) && Character.isLetter(s.charAt(j - 1))) {
                        apostrophe = true;
                        j++;
                    } else {
                        break;
                    }
                }
                raw = s.substring(i, j);
                String lower = raw.toLowerCase(Locale.ROOT);
                key = apostrophe ? lower.replace("'", "") : lower;
            } else {
                raw = String.valueOf(c);
                key = raw;
            }
            if (size == starts.length) {
                int grown = size * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                keys = Arrays.copyOf(keys, grown);
                raws = Arrays.copyOf(raws, grown);
            }
            starts[size] = i;
            ends[size] = j;
            keys[size] = key;
            raws[size] = raw;
            size++;
            i = j;
        }
        return new GazetteerTokens(starts, ends, keys, raws, size);
    }

    String[] raws() {
        return Arrays.copyOf(raws, size);
    }

    String joinedKeys() {
        return String.join(" ", Arrays.copyOf(keys, size));
    }

    /** An abbreviation without its plural or possessive "s": "IROs" and "IRO's" are "IRO"; "" when there is none. */
    static String singular(String raw) {
        int n = raw.length();
        if (n >= 4 && raw.endsWith("'s")) {
            return raw.substring(0, n - 2);
        }
        if (n >= 3 && raw.charAt(n - 1) == 's' && Character.isUpperCase(raw.charAt(n - 2))) {
            return raw.substring(0, n - 1);
        }
        return "";
    }
}
