package org.freshview.internal.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The response a GET handler writes when it serves a HEAD request: headers go through, the
 * body is counted and dropped, and its length becomes the Content-Length GET would send.
 *
 * <p>The length is sent with every write, not once at the end: after a forward (a {@code render})
 * Tomcat 11 suspends the response ({@code ApplicationDispatcher.doForward} finishes the wrapped
 * {@code ResponseFacade}, as {@code suspendWrappedResponseAfterForward} is true), and a header set
 * after that is dropped. So each write is counted as it happens, a writer's characters encoded in
 * the response charset, and the count so far is the Content-Length.
 */
final class HeadResponse extends HttpServletResponseWrapper {

    private final CountingStream body = new CountingStream(this);
    private CountingWriter counter;
    private PrintWriter writer;
    private long count;
    private boolean lengthSet;

    HeadResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return body;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            // The container's getWriter() fixes the charset into Content-Type; GET's answer shows it, so HEAD's must.
            setCharacterEncoding(getCharacterEncoding());
            counter = new CountingWriter(this, Charset.forName(getCharacterEncoding()));
            writer = new PrintWriter(counter);
        }
        return writer;
    }

    /**
     * Sends the count so far, without committing the response: a JSP flushes its buffer at the
     * end of the page, and a committed response could no longer get the length.
     */
    @Override
    public void flushBuffer() {
        sendLength();
    }

    @Override
    public void reset() {
        super.reset();
        restartCount();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        restartCount();
    }

    private void restartCount() {
        writer = null;
        counter = null;
        count = 0;
        lengthSet = false;
    }

    @Override
    public void setContentLength(int length) {
        lengthSet = true;
        super.setContentLength(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        lengthSet = true;
        super.setContentLengthLong(length);
    }

    /** Sends the counted length (also of an empty body), unless the handler set one or the response is already out. */
    void finish() {
        if (counter != null) {
            counter.endInput();
        }
        sendLength();
    }

    private void counted(long bytes) {
        count += bytes;
        sendLength();
    }

    private void sendLength() {
        if (!lengthSet && !isCommitted()) {
            super.setContentLengthLong(count);
        }
    }

    private static final class CountingStream extends ServletOutputStream {

        private final HeadResponse response;

        private CountingStream(HeadResponse response) {
            this.response = response;
        }

        @Override
        public void write(int b) {
            response.counted(1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            response.counted(length);
        }

        @Override
        public void flush() {
            response.sendLength();
        }

        @Override
        public void close() {
            response.sendLength();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("A HEAD response has no body to write asynchronously.");
        }
    }

    /** Counts the bytes that characters take in the response charset, as they are written. */
    private static final class CountingWriter extends Writer {

        private final HeadResponse response;
        private final CharsetEncoder encoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(1024);
        /** The high surrogate a write ended with, waiting for the low one the next write starts with. */
        private char pending;

        private CountingWriter(HeadResponse response, Charset charset) {
            this.response = response;
            // Replacing, as the containers' writers do: an unmappable character still takes its bytes.
            this.encoder = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            if (length == 0) {
                return;
            }
            CharBuffer in;
            if (pending != 0) {
                in = CharBuffer.allocate(length + 1).put(pending).put(chars, offset, length).flip();
                pending = 0;
            } else {
                in = CharBuffer.wrap(chars, offset, length);
            }
            response.counted(encode(in, false));
            if (in.hasRemaining()) {
                pending = in.get(); // only a lone high surrogate stays unencoded
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            char[] chars = new char[length];
            text.getChars(offset, offset + length, chars, 0);
            write(chars, 0, length);
        }

        @Override
        public void write(int c) {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void flush() {
            response.sendLength();
        }

        @Override
        public void close() {
            response.sendLength();
        }

        /** Counts a high surrogate the body ended with as the replacement the container would send. */
        private void endInput() {
            if (pending != 0) {
                CharBuffer in = CharBuffer.wrap(new char[] {pending});
                pending = 0;
                response.counted(encode(in, true));
                encoder.reset();
            }
        }

        private long encode(CharBuffer in, boolean endOfInput) {
            long encoded = 0;
            CoderResult result;
            do {
                bytes.clear();
                result = encoder.encode(in, bytes, endOfInput);
                encoded += bytes.position();
            } while (result.isOverflow());
            return encoded;
        }
    }
}
