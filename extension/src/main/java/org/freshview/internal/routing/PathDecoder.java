package org.freshview.internal.routing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits a raw request path into segments and percent-decodes each one once, as UTF-8. */
final class PathDecoder {

    private static final String[] NO_SEGMENTS = {};

    private PathDecoder() {
    }

    /**
     * Whether the raw path can be matched as it is: no escape, no {@code ;} parameter and no
     * dot segment, so its segments are its decoded segments.
     */
    static boolean isPlain(String raw) {
        // indexOf(char) is an intrinsic: much faster than a loop over the characters
        if (raw.indexOf('%') >= 0 || raw.indexOf(';') >= 0) {
            return false;
        }
        for (int dot = raw.indexOf('.'); dot >= 0; dot = raw.indexOf('.', dot + 1)) {
            if (dot > 0 && raw.charAt(dot - 1) == '/' && isDotSegment(raw, dot)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code raw[from, to)} is its own decoded value: no escape, no ';', not a dot segment. */
    static boolean isPlainSegment(String raw, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '%' || c == ';') {
                return false;
            }
        }
        return !isDotSegment(raw, from, to);
    }

    /** Whether {@code raw[from, to)} is {@code .} or {@code ..}. */
    static boolean isDotSegment(String raw, int from, int to) {
        int length = to - from;
        return raw.charAt(from) == '.' && (length == 1 || length == 2 && raw.charAt(from + 1) == '.');
    }

    /** Whether the rest of the path from {@code from} is plain (see {@link #isPlain}). */
    static boolean isPlainRest(String raw, int from) {
        if (from >= raw.length()) {
            return true;
        }
        int end;
        for (int start = from; start <= raw.length(); start = end + 1) {
            end = raw.indexOf('/', start);
            if (end < 0) {
                end = raw.length();
            }
            if (end > start && !isPlainSegment(raw, start, end)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDotSegment(String raw, int dot) {
        int end = raw.indexOf('/', dot);
        int length = (end < 0 ? raw.length() : end) - dot;
        return length == 1 || length == 2 && raw.charAt(dot + 1) == '.';
    }

    /**
     * The decoded segments of a raw path starting with '/': {@code ;} parameters removed, each
     * segment decoded once; {@code null} if a segment is {@code .} or {@code ..} (before or
     * after decoding), because such a path must never reach a view.
     *
     * @throws MalformedPathException for a broken escape or bytes that are not UTF-8
     */
    static String[] segments(String raw) {
        List<String> segments = new ArrayList<>();
        int start = 1;
        while (start <= raw.length()) {
            int end = raw.indexOf('/', start);
            if (end < 0) {
                end = raw.length();
            }
            int parameters = raw.indexOf(';', start);
            int stop = parameters >= 0 && parameters < end ? parameters : end;
            String segment = decode(raw, start, stop);
            if (segment.equals(".") || segment.equals("..")) {
                return null;
            }
            segments.add(segment);
            start = end + 1;
        }
        if (segments.size() == 1 && segments.get(0).isEmpty()) {
            return NO_SEGMENTS; // "/" or "/;jsessionid=..." is the root
        }
        return segments.toArray(NO_SEGMENTS);
    }

    /** Decodes {@code raw[from, to)}; characters above 0x7F count as one byte each if they fit one. */
    static String decode(String raw, int from, int to) {
        int escape = raw.indexOf('%', from);
        if (escape < 0 || escape >= to) {
            return raw.substring(from, to);
        }
        ByteBuffer bytes = ByteBuffer.allocate((to - from) * 4);
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= to) {
                    throw new MalformedPathException();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new MalformedPathException();
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else if (c <= 0xFF) {
                bytes.put((byte) c);
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.put(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        bytes.flip();
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new MalformedPathException();
        }
    }
}
