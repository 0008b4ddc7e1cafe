package org.freshview.internal.web;

import jakarta.servlet.http.Part;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.FileItemHeaders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * One part of a multipart form Freshview parsed, as the servlet API's {@link Part}. Its file
 * name is the last segment of what the browser sent, without control characters: never a path.
 */
final class UploadedPart implements Part {

    private final DiskFileItem item;
    private final String fileName;
    private final Path temporary;

    UploadedPart(DiskFileItem item, String fileName, Path temporary) {
        this.item = item;
        this.fileName = fileName;
        this.temporary = temporary;
    }

    /**
     * The name without any directory ({@code C:\Users\me\cv.pdf} and {@code ../../etc/passwd}
     * lose all but the last segment) and without control characters; {@code null} stays
     * {@code null} (a text field).
     */
    static String baseName(String submitted) {
        if (submitted == null) {
            return null;
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(c -> c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)).forEach(clean::appendCodePoint);
        String result = clean.toString();
        return result.equals(".") || result.equals("..") ? "" : result;
    }

    /** A file input the user left empty: the browser sends it with an empty file name and no content. */
    boolean emptyFileInput() {
        return fileName != null && fileName.isEmpty() && item.getSize() == 0;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return item.getInputStream();
    }

    @Override
    public String getContentType() {
        return item.getContentType();
    }

    @Override
    public String getName() {
        return item.getFieldName();
    }

    @Override
    public String getSubmittedFileName() {
        return fileName;
    }

    @Override
    public long getSize() {
        return item.getSize();
    }

    /** Writes the content to a file; a relative name is resolved against the container's temporary directory. */
    @Override
    public void write(String name) throws IOException {
        Path target = Path.of(name);
        item.write(target.isAbsolute() ? target : temporary.resolve(target));
    }

    @Override
    public void delete() {
        try {
            item.delete();
        } catch (IOException e) {
            // best effort: the container's temporary directory is cleaned with the application
        }
    }

    @Override
    public String getHeader(String name) {
        FileItemHeaders headers = item.getHeaders();
        return headers == null ? null : headers.getHeader(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        FileItemHeaders headers = item.getHeaders();
        return headers == null ? List.of() : list(headers.getHeaders(name));
    }

    @Override
    public Collection<String> getHeaderNames() {
        FileItemHeaders headers = item.getHeaders();
        return headers == null ? List.of() : list(headers.getHeaderNames());
    }

    private static List<String> list(Iterator<String> values) {
        List<String> list = new ArrayList<>();
        values.forEachRemaining(list::add);
        return list;
    }

    @Override
    public String toString() {
        return "Part " + getName() + (fileName == null ? "" : " (" + fileName + ", " + getSize() + " bytes)");
    }
}
