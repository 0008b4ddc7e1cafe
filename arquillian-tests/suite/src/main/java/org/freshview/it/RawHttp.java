package org.freshview.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, byte for byte both ways: for requests the JDK client refuses or
 * rewrites ({@code //}, {@code %00}, raw non-ASCII bytes, odd methods and headers), and to see the
 * exact bytes a server put in a response header.
 */
final class RawHttp {

    private RawHttp() {
    }

    /**
     * One response.
     *
     * @param status the status code, or -1 when the server closed the connection without answering
     * @param head   the status line and headers exactly as sent, one character per byte (ISO-8859-1)
     * @param body   the body (de-chunked) as UTF-8
     */
    public record Response(int status, String head, String body) {

        /** The first header of that name, as its bytes were sent, or null. */
        public String header(String name) {
            List<String> all = headers(name);
            return all.isEmpty() ? null : all.get(0);
        }

        /** Every header of that name, as its bytes were sent. */
        public List<String> headers(String name) {
            List<String> values = new ArrayList<>();
            for (String line : head.split("\r\n", -1)) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    values.add(line.substring(colon + 1).strip());
                }
            }
            return values;
        }

        /** The header lines, status line excluded. */
        public List<String> headerLines() {
            String[] lines = head.split("\r\n", -1);
            return List.of(lines).subList(Math.min(1, lines.length), lines.length);
        }
    }

    /** A GET of {@code target} (everything after the host, sent as is, one byte per character). */
    public static Response get(URL base, String target) {
        return send(base, "GET", target, List.of(), null);
    }

    /**
     * Sends a request: {@code target} and {@code headers} one byte per character, Host and
     * Connection: close added unless given, Content-Length added for a body.
     */
    public static Response send(URL base, String method, String target, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (String header : headers) {
            head.append(header).append("\r\n");
            host |= header.regionMatches(true, 0, "Host:", 0, 5);
        }
        if (!host) {
            head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        }
        head.append("Connection: close\r\n");
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.writeBytes(body);
        }
        return exchange(base, request.toByteArray());
    }

    /** Writes the bytes, then reads until the server closes the connection. */
    public static Response exchange(URL base, byte[] request) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException closedEarly) {
                // A server may answer and close before reading a large request: read what it sent.
            }
            byte[] bytes = readAll(socket.getInputStream());
            return parse(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("No exchange with " + base + ": " + e, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            if (bytes.size() == 0) {
                throw e;
            }
        }
        return bytes.toByteArray();
    }

    private static Response parse(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (true) {
            int split = all.indexOf("\r\n\r\n", start);
            String head = split < 0 ? all.substring(start) : all.substring(start, split);
            if (head.isEmpty()) {
                return new Response(-1, "", "");
            }
            int status = Integer.parseInt(head.substring(9, 12));
            int bodyStart = split < 0 ? all.length() : split + 4;
            if (status >= 100 && status < 200 && split >= 0) {
                start = bodyStart; // an interim response: the real one follows
                continue;
            }
            byte[] body = java.util.Arrays.copyOfRange(bytes, bodyStart, bytes.length);
            if (head.toLowerCase(Locale.ROOT).contains("\r\ntransfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Response(status, head, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < text.length()) {
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            int end = Math.min(lineEnd + 2 + size, chunked.length);
            body.write(chunked, lineEnd + 2, end - lineEnd - 2);
            at = end + 2;
        }
        return body.toByteArray();
    }
}
