package org.freshview.demo.forms;

import com.zaxxer.hikari.HikariDataSource;
import org.freshview.demo.db.Database;
import org.freshview.demo.db.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentStoreTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    private HikariDataSource pool;
    private FormStore forms;
    private DocumentStore documents;

    @BeforeEach
    void openDatabase() {
        pool = Database.open(new DatabaseSettings("jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        forms = new FormStore(pool);
        documents = new DocumentStore(pool);
    }

    @AfterEach
    void closeDatabase() {
        pool.close();
    }

    @Test
    void a_document_is_attached_to_a_draft_and_a_second_one_replaces_it() {
        String key = forms.create().key();

        assertTrue(documents.save(key, "me.png", DocumentType.PNG, PNG));
        assertTrue(documents.save(key, "certificate.pdf", DocumentType.PDF, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));

        DocumentStore.Document document = documents.find(key).orElseThrow();
        assertEquals("certificate.pdf", document.fileName());
        assertEquals("application/pdf", document.contentType());
        assertEquals(8, document.size());
    }

    @Test
    void nothing_is_attached_to_a_submitted_or_unknown_application() {
        String key = forms.create().key();
        forms.submit(key);

        assertFalse(documents.save(key, "me.png", DocumentType.PNG, PNG));
        assertFalse(documents.save("no-such-key", "me.png", DocumentType.PNG, PNG));
        assertEquals(Optional.empty(), documents.find(key));
    }

    @Test
    void the_type_comes_from_the_content_not_the_name() {
        assertEquals(Optional.of(DocumentType.PNG), DocumentType.of(PNG));
        assertEquals(Optional.of(DocumentType.JPEG), DocumentType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.of("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), DocumentType.of("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), DocumentType.of(new byte[] {(byte) 0x89, 'P'}));
        assertEquals(Optional.empty(), DocumentType.of(new byte[0]));
    }

    @Test
    void a_file_name_is_kept_short_and_never_empty() {
        assertEquals("document", DocumentView.name(""));
        assertEquals("document", DocumentView.name(null));
        assertEquals(255, DocumentView.name("x".repeat(300)).length());
    }
}
