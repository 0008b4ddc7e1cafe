package org.freshview.internal.routing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw request path into segments and percent-decodes each one once, as UTF-8, by one
 * rule for every segment: a character of the request URI stands for itself, each {@code %XX}
 * escape for one byte, and the bytes of a run of escapes are read as UTF-8.
 */
final class PathDecoder {

    private static final String[] NO_SEGMENTS = {};

    private PathDecoder() {
    }

    /**
     * Whether the raw path can be matched as it is: no escape, no {@code ;} parameter, no
     * backslash and no dot segment, so its segments are its decoded segments.
     */
    static boolean isPlain(String raw) {
        // indexOf(char) is an intrinsic: much faster than a loop over the characters
        if (raw.indexOf('%') >= 0 || raw.indexOf(';') >= 0 || raw.indexOf('\\') >= 0) {
            return false;
        }
        for (int dot = raw.indexOf('.'); dot >= 0; dot = raw.indexOf('.', dot + 1)) {
            if (dot > 0 && raw.charAt(dot - 1) == '/' && isDotSegment(raw, dot)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code raw[from, to)} is its own decoded value: no escape, no ';', no backslash, no
     * control character, not a dot segment.
     */
    static boolean isPlainSegment(String raw, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '%' || c == ';' || c == '\\' || isControl(c)) {
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
     * segment decoded once. A segment with a broken escape or bytes that are not UTF-8 is
     * {@code null}: the router answers 400 only if a template would take it. The result is
     * {@code null} if a decoded segment, split at '/' and '\', has a {@code .} or {@code ..}
     * part, because such a path must never reach a view.
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
            String segment;
            try {
                segment = decode(raw, start, stop);
            } catch (MalformedPathException e) {
                segment = null;
            }
            if (segment != null && hasDotPart(segment)) {
                return null;
            }
            segments.add(segment);
            start = end + 1;
        }
        if (segments.size() == 1 && "".equals(segments.get(0))) {
            return NO_SEGMENTS; // "/" or "/;jsessionid=..." is the root
        }
        return segments.toArray(NO_SEGMENTS);
    }

    /** Whether {@code text}, split at '/' and '\', has a part that is {@code .} or {@code ..}. */
    static boolean hasDotPart(String text) {
        int length = text.length();
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (dot > 0 && !isSeparator(text.charAt(dot - 1))) {
                continue;
            }
            int end = dot + 1 < length && text.charAt(dot + 1) == '.' ? dot + 2 : dot + 1;
            if (end == length || isSeparator(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '\\';
    }

    /** A C0 control character or DEL: never part of a value unless a regex names it. */
    static boolean isControl(char c) {
        return c < 0x20 || c == 0x7F;
    }

    /** Whether {@code text} has a control character (see {@link #isControl}). */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes {@code raw[from, to)}: a character stands for itself (its UTF-8 bytes), an escape
     * for one byte, so a segment decodes alike with and without escapes.
     *
     * @throws MalformedPathException for a broken escape or escaped bytes that are not UTF-8
     */
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
            } else if (c < 0x80) {
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
