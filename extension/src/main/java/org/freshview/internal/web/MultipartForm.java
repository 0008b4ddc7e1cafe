package org.freshview.internal.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadByteCountLimitException;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadFileCountLimitException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.RequestContext;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code multipart/form-data} body, read whole by Apache Commons FileUpload (shaded into the
 * jar): its text fields and its parts. Containers parse multipart only for a servlet with a
 * multipart configuration, and a view is served by a filter in front of whatever servlet the
 * URL maps to, so Freshview parses it itself, the same way on every server, with its own
 * limits. Files above a small threshold go to the container's temporary directory and are
 * deleted when the request is done ({@link #delete()}).
 */
final class MultipartForm {

    /** Parts up to this size stay in memory. */
    private static final int IN_MEMORY = 16 * 1024;

    private final List<UploadedPart> parts;

    private MultipartForm(List<UploadedPart> parts) {
        this.parts = parts;
    }

    /**
     * Reads the whole body.
     *
     * @throws RequestRefused 413 over a limit, 400 for a body that is not a well-formed multipart form
     */
    static MultipartForm read(HttpServletRequest request, RequestLimits limits) throws RequestRefused {
        Path temporary = temporaryDirectory(request.getServletContext());
        DiskFileItemFactory factory = DiskFileItemFactory.builder()
                .setPath(temporary)
                .setBufferSize(IN_MEMORY)
                .setCharset(StandardCharsets.UTF_8)
                .get();
        Upload upload = new Upload();
        upload.setFileItemFactory(factory);
        upload.setHeaderCharset(StandardCharsets.UTF_8); // browsers send file names as raw UTF-8
        upload.setFileSizeMax(limits.maxFileSize);
        upload.setSizeMax(limits.maxRequestSize);
        upload.setFileCountMax(limits.maxParameters);
        List<DiskFileItem> items;
        try {
            items = upload.parseRequest(request);
        } catch (FileUploadByteCountLimitException e) {
            throw limits.fileTooLarge(e.getFieldName());
        } catch (FileUploadFileCountLimitException e) {
            throw limits.tooManyParts;
        } catch (FileUploadSizeException e) {
            throw limits.requestTooLarge;
        } catch (FileUploadException | RuntimeException e) {
            // A broken body, a part's headers over FileUpload's limit, or a file name holding a NUL.
            throw new RequestRefused(400, "Bad Request: the multipart form could not be read.");
        }
        List<UploadedPart> parts = new ArrayList<>(items.size());
        for (DiskFileItem item : items) {
            String fileName;
            try {
                fileName = item.getName();
            } catch (InvalidPathException e) {
                delete(items);
                throw new RequestRefused(400, "Bad Request: a file name in the multipart form holds a NUL character.");
            }
            parts.add(new UploadedPart(item, UploadedPart.baseName(fileName), temporary));
        }
        return new MultipartForm(parts);
    }

    /** The text values of the fields of this name (parts without a file name), in order. */
    List<String> fields(String name) throws RequestRefused {
        List<String> values = new ArrayList<>(1);
        for (UploadedPart part : parts) {
            if (part.getSubmittedFileName() == null && part.getName().equals(name)) {
                if (part.getSize() > RequestLimits.MAX_FORM_BODY) { // a text field: no larger than a form body
                    throw new RequestRefused(413, "Content Too Large: the field \"" + QuotedText.forResponse(name)
                            + "\" is larger than " + RequestLimits.MAX_FORM_BODY + " bytes.");
                }
                try (InputStream in = part.getInputStream()) {
                    values.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new RequestRefused(400, "Bad Request: the multipart form could not be read.");
                }
            }
        }
        return values;
    }

    /**
     * The parts of this name, in order, leaving out a file input the user left empty (the browser
     * sends it with no file name and no content), as an empty text field counts as absent.
     */
    List<Part> parts(String name) {
        List<Part> found = new ArrayList<>(1);
        for (UploadedPart part : parts) {
            if (part.getName().equals(name) && !part.emptyFileInput()) {
                found.add(part);
            }
        }
        return found;
    }

    /** Deletes the temporary files; the request is done. */
    void delete() {
        for (UploadedPart part : parts) {
            part.delete();
        }
    }

    private static void delete(List<DiskFileItem> items) {
        for (DiskFileItem item : items) {
            try {
                item.delete();
            } catch (IOException e) {
                // best effort: the container's temporary directory is cleaned with the application
            }
        }
    }

    /** The container's temporary directory for this application, or the JVM's. */
    private static Path temporaryDirectory(ServletContext context) {
        Object dir = context == null ? null : context.getAttribute(ServletContext.TEMPDIR);
        if (dir instanceof File file) {
            return file.toPath();
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** FileUpload's parser of a servlet request, without FileUpload's servlet module (one per Servlet version). */
    private static final class Upload extends AbstractFileUpload<HttpServletRequest, DiskFileItem, DiskFileItemFactory> {

        @Override
        public FileItemInputIterator getItemIterator(HttpServletRequest request) throws FileUploadException, IOException {
            return getItemIterator(new ServletRequestContext(request));
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(HttpServletRequest request) throws FileUploadException {
            return parseParameterMap(new ServletRequestContext(request));
        }

        @Override
        public List<DiskFileItem> parseRequest(HttpServletRequest request) throws FileUploadException {
            return parseRequest(new ServletRequestContext(request));
        }
    }

    /** What FileUpload reads of the servlet request. */
    private record ServletRequestContext(HttpServletRequest request) implements RequestContext {

        @Override
        public String getCharacterEncoding() {
            return request.getCharacterEncoding();
        }

        @Override
        public long getContentLength() {
            return request.getContentLengthLong();
        }

        @Override
        public String getContentType() {
            return request.getContentType();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return request.getInputStream();
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }
}
