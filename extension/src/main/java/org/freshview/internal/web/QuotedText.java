package org.freshview.internal.web;

/**
 * Text from a request that Freshview quotes back, shortened and unable to break what it is quoted
 * in. Two rules, because the two readers differ: a response keeps letters beyond ASCII (a user
 * who typed "Zoë" reads it again) and shows control characters as '?'; a log line shows control
 * characters and everything beyond ASCII as {@code \\uXXXX}, so a client can neither forge a line
 * nor hide a look-alike character in it. The log's stricter rule is not used for responses, since
 * it would change the messages users see.
 */
final class QuotedText {

    /** The most characters of a value quoted in a 400 or 413 message. */
    static final int VALUE_IN_RESPONSE = 40;
    /** The most characters of a request's text in a log line. */
    static final int IN_LOG = 200;

    private QuotedText() {
    }

    /** A value for a response's message: at most {@value #VALUE_IN_RESPONSE} characters. */
    static String forResponse(String text) {
        return forResponse(text, VALUE_IN_RESPONSE);
    }

    /** For a response: at most {@code max} characters and then "...", control characters as '?'. */
    static String forResponse(String text, int max) {
        String shortened = text.length() > max ? text.substring(0, max) + "..." : text;
        StringBuilder out = new StringBuilder(shortened.length());
        for (int i = 0; i < shortened.length(); i++) {
            char c = shortened.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }

    /** For a log line: at most {@value #IN_LOG} characters, control and non-ASCII ones as {@code \\uXXXX}. */
    static String forLog(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), IN_LOG); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
