package org.freshview.internal.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The response a GET handler writes when it serves a HEAD request: headers go through, the
 * body is counted and dropped, and its length becomes the Content-Length GET would send.
 */
final class HeadResponse extends HttpServletResponseWrapper {

    private final CountingStream body = new CountingStream(this);
    private PrintWriter writer;
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
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    /**
     * Flushes what was written into the count, without committing the response: a JSP flushes
     * its buffer at the end of the page, and a committed response could no longer get the length.
     */
    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
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
        body.count = 0;
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

    /** Sends the counted length, unless the handler set one or the response is already out. */
    void finish() {
        if (writer != null) {
            writer.flush();
        }
        sendLength();
    }

    private void sendLength() {
        if (!lengthSet && !isCommitted()) {
            super.setContentLengthLong(body.count);
        }
    }

    private static final class CountingStream extends ServletOutputStream {

        private final HeadResponse response;
        private long count;

        private CountingStream(HeadResponse response) {
            this.response = response;
        }

        /**
         * A container closes the stream (or the writer over it) when a forward ends, and may then
         * commit the response (Tomcat does): the length is sent now, while it still can be.
         */
        @Override
        public void close() {
            response.sendLength();
        }

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
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
}
