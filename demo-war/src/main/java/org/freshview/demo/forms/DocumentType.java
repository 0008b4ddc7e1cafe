package org.freshview.demo.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file an application may carry, recognised by their first bytes: the browser's
 * Content-Type and the file name are the client's word, the content is what is stored.
 */
public enum DocumentType {

    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    /** How many bytes {@link #of(byte[])} needs at most. */
    static final int MAGIC_BYTES = 8;

    private final String contentType;
    private final byte[] magic;

    DocumentType(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The type whose signature the content starts with, or empty. */
    public static Optional<DocumentType> of(byte[] content) {
        for (DocumentType type : values()) {
            if (content.length >= type.magic.length
                    && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
