package org.freshview.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Finds one field of a {@code multipart/form-data} body by reading only as far as that field,
 * for the CSRF check: a filter cannot count on the container parsing multipart (containers do
 * so only for a servlet with a multipart configuration). Reads at most {@code limit} bytes, and
 * searches each byte a bounded number of times, so a hostile body costs time linear in its
 * length. What was read is returned, so the request can replay it to the handler.
 */
final class MultipartField {

    /** RFC 2046: a boundary has 1 to 70 characters. */
    private static final int MAX_BOUNDARY = 70;
    private static final int MAX_HEADERS = 8 * 1024;
    /** A token is 43 characters; a longer value is not one. */
    private static final int MAX_VALUE = 1024;
    private static final int CHUNK = 8 * 1024;
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    /**
     * @param value    the field's value, or {@code null} if the body has no such field before its end or the limit
     * @param read     the bytes read from the stream, to be replayed
     * @param cutShort whether the search stopped at the limit rather than at the field or the body's end
     */
    record Scan(String value, byte[] read, boolean cutShort) {
    }

    private enum Phase { DELIMITER, HEADERS, CONTENT }

    private MultipartField() {
    }

    /** The boundary named by a {@code multipart/form-data} content type, or {@code null} if it names none or a bad one. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        String boundary = parameter(contentType, "boundary");
        return boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY ? null : boundary;
    }

    static Scan find(InputStream in, String boundary, String name, int limit) throws IOException {
        // The body is read as if it started with CRLF, so its first delimiter looks like every other one.
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] buffer = new byte[Math.min(limit + 2, CHUNK)];
        buffer[0] = '\r';
        buffer[1] = '\n';
        int length = 2;
        int end = limit + 2;
        Phase phase = Phase.DELIMITER;
        int from = 0;
        int partStart = 0;
        boolean wanted = false;
        while (true) {
            switch (phase) {
                case DELIMITER -> {
                    int at = indexOf(buffer, length, delimiter, from);
                    if (at < 0) {
                        from = Math.max(from, length - delimiter.length + 1);
                        break;
                    }
                    int after = at + delimiter.length;
                    from = at;
                    if (length < after + 2) {
                        break;
                    }
                    if (buffer[after] == '\r' && buffer[after + 1] == '\n') {
                        partStart = after + 2;
                        from = after; // a part without headers starts with the empty line
                        phase = Phase.HEADERS;
                        continue;
                    }
                    return new Scan(null, read(buffer, length), false); // "--": the last part ended
                }
                case HEADERS -> {
                    int at = indexOf(buffer, length, HEADERS_END, from);
                    if (at < 0) {
                        if (length - partStart > MAX_HEADERS) {
                            return new Scan(null, read(buffer, length), false);
                        }
                        from = Math.max(from, length - HEADERS_END.length + 1);
                        break;
                    }
                    String headers = at < partStart ? ""
                            : new String(buffer, partStart, at - partStart, StandardCharsets.ISO_8859_1);
                    wanted = name.equals(fieldName(headers));
                    partStart = at + HEADERS_END.length;
                    from = partStart;
                    phase = Phase.CONTENT;
                    continue;
                }
                case CONTENT -> {
                    int at = indexOf(buffer, length, delimiter, from);
                    if (at < 0) {
                        if (wanted && length - partStart > MAX_VALUE) {
                            return new Scan(null, read(buffer, length), false);
                        }
                        from = Math.max(from, length - delimiter.length + 1);
                        break;
                    }
                    if (wanted) {
                        String value = at - partStart > MAX_VALUE ? null
                                : new String(buffer, partStart, at - partStart, StandardCharsets.UTF_8);
                        return new Scan(value, read(buffer, length), false);
                    }
                    from = at;
                    phase = Phase.DELIMITER;
                    continue;
                }
            }
            if (length == end) {
                return new Scan(null, read(buffer, length), true);
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(end, buffer.length * 2));
            }
            int n = in.read(buffer, length, Math.min(buffer.length - length, CHUNK));
            if (n < 0) {
                return new Scan(null, read(buffer, length), false);
            }
            length += n;
        }
    }

    private static byte[] read(byte[] buffer, int length) {
        return Arrays.copyOfRange(buffer, 2, length);
    }

    /** The {@code name} of a part's {@code Content-Disposition: form-data; name="..."}, or {@code null}. */
    static String fieldName(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                return parameter(line.substring(colon + 1), "name");
            }
        }
        return null;
    }

    /** A parameter of a header value such as {@code form-data; name="a;b"; filename=x}, quoted or not. */
    static String parameter(String header, String wanted) {
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            i++; // past the ';'
            int equals = header.indexOf('=', i);
            if (equals < 0) {
                return null;
            }
            String key = header.substring(i, equals).strip();
            StringBuilder value = new StringBuilder();
            i = equals + 1;
            while (i < header.length() && header.charAt(i) == ' ') {
                i++;
            }
            if (i < header.length() && header.charAt(i) == '"') {
                for (i++; i < header.length() && header.charAt(i) != '"'; i++) {
                    char c = header.charAt(i);
                    if (c == '\\' && i + 1 < header.length()) {
                        c = header.charAt(++i);
                    }
                    value.append(c);
                }
                i = header.indexOf(';', i);
            } else {
                int semicolon = header.indexOf(';', i);
                value.append(header, i, semicolon < 0 ? header.length() : semicolon);
                value = new StringBuilder(value.toString().strip());
                i = semicolon;
            }
            if (key.equalsIgnoreCase(wanted)) {
                return value.toString();
            }
        }
        return null;
    }

    /** The first index at or after {@code from} where {@code pattern} starts within the first {@code length} bytes, or -1. */
    private static int indexOf(byte[] buffer, int length, byte[] pattern, int from) {
        int last = length - pattern.length;
        outer:
        for (int i = Math.max(from, 0); i <= last; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buffer[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
