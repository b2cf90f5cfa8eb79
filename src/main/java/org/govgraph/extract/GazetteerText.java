package org.govgraph.extract;

/**
 * Normalizes text for the {@link Gazetteer}: each run of white space becomes one space and curly apostrophes and
 * non-breaking hyphens become straight ones, keeping for every character of the result its offset in the original,
 * so that a match found in the normalized text can be reported at its place in the text as given.
 *
 * @param text    the normalized text
 * @param offsets for each character of {@code text} (and one past its end), the offset in the original
 */
record GazetteerText(String text, int[] offsets) {

    static GazetteerText of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] offsets = new int[original.length() + 1];
        boolean space = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                if (!space) {
                    offsets[sb.length()] = i;
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            space = false;
            offsets[sb.length()] = i;
            sb.append(switch (c) {
                case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> '\'';
                case '\u2010', '\u2011' -> '-';
                default -> c;
            });
        }
        offsets[sb.length()] = original.length();
        return new GazetteerText(sb.toString(), offsets);
    }
}
