package org.freshview.internal.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body starts with bytes already read from it, for the CSRF check of a
 * multipart form: the handler reads the whole body as it was sent.
 */
final class ReplayedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] read;
    private ServletInputStream body;

    ReplayedBodyRequest(HttpServletRequest request, byte[] read) {
        super(request);
        this.read = read;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new Replay(read, super.getInputStream());
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** The bytes read first, then the rest of the container's stream. */
    private static final class Replay extends ServletInputStream {

        private final byte[] read;
        private final ServletInputStream rest;
        private int position;

        Replay(byte[] read, ServletInputStream rest) {
            this.read = read;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            return position < read.length ? read[position++] & 0xff : rest.read();
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (position < read.length) {
                int n = Math.min(length, read.length - position);
                System.arraycopy(read, position, into, offset, n);
                position += n;
                return n;
            }
            return rest.read(into, offset, length);
        }

        @Override
        public boolean isFinished() {
            return position >= read.length && rest.isFinished();
        }

        @Override
        public boolean isReady() {
            return position < read.length || rest.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            rest.setReadListener(listener);
        }
    }
}
