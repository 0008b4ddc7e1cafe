package org.freshview.demo.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The document attached to an application, in the database like the answers (V2 migration). */
@ApplicationScoped
public class DocumentStore {

    /** What the pages show of a stored document. */
    public record Document(String fileName, String contentType, int size, Instant uploadedAt) {
        public String getFileName() {
            return fileName;
        }

        public String getContentType() {
            return contentType;
        }

        public int getSize() {
            return size;
        }
    }

    private DataSource dataSource;

    DocumentStore() {
        // for the CDI proxy
    }

    @Inject
    public DocumentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Attaches the document to a draft, replacing an earlier one; false when there is no draft with this key. */
    public boolean save(String key, String fileName, DocumentType type, byte[] content) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement draft = connection.prepareStatement(
                    "SELECT 1 FROM membership_form WHERE form_key = ? AND status = ? FOR UPDATE");
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM membership_document WHERE form_key = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO membership_document"
                         + " (form_key, file_name, content_type, size_bytes, content, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                draft.setString(1, key);
                draft.setString(2, MembershipForm.Status.DRAFT.name());
                try (ResultSet row = draft.executeQuery()) {
                    if (!row.next()) {
                        connection.rollback();
                        return false;
                    }
                }
                delete.setString(1, key);
                delete.executeUpdate();
                insert.setString(1, key);
                insert.setString(2, fileName);
                insert.setString(3, type.contentType());
                insert.setInt(4, content.length);
                insert.setBytes(5, content);
                insert.setTimestamp(6, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
                insert.executeUpdate();
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new FormStore.StoreException("Cannot store the document of " + key, e);
        }
    }

    /** The document attached to this application, without its content. */
    public Optional<Document> find(String key) {
        String sql = "SELECT file_name, content_type, size_bytes, uploaded_at FROM membership_document WHERE form_key = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new Document(row.getString(1), row.getString(2), row.getInt(3),
                                row.getTimestamp(4).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new FormStore.StoreException("Cannot read the document of " + key, e);
        }
    }
}
