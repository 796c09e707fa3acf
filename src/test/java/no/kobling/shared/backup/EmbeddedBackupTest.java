package no.kobling.shared.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore of the embedded default (issue 19 point 7): a data folder with Kobling's real schema (all
 * migrations), a row of our own, a Lucene index and the secrets key is backed up, restored into an empty folder, and
 * the restored folder has the same data.
 */
class EmbeddedBackupTest {

    @TempDir
    Path temp;

    static Connection open(Path dataDir) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/kobling").toAbsolutePath()
                + ";AUTO_SERVER=FALSE", "sa", "");
    }

    @Test
    void aBackupRestoredIntoAnEmptyFolderHasTheDatabaseTheIndexAndTheKey() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("db"));
        String url = "jdbc:h2:file:" + data.resolve("db/kobling").toAbsolutePath() + ";AUTO_SERVER=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        long roles;
        long migrations;
        try (Connection c = open(data); Statement s = c.createStatement()) {
            s.execute("insert into identity_role (code, builtin) values ('BACKUP_PROBE', false)");
            roles = count(s, "select count(*) from identity_role");
            migrations = count(s, "select count(*) from \"flyway_schema_history\"");
            s.execute("SHUTDOWN");
        }
        try (FSDirectory dir = FSDirectory.open(data.resolve("index/Company"));
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("name", "Backup Probe AS", Field.Store.YES));
            writer.addDocument(doc);
        }
        Files.writeString(data.resolve("sso-secret.key"), "the-key");

        Path backup = temp.resolve("backup");
        EmbeddedBackup.backup(data, backup);
        assertThat(backup.resolve(EmbeddedBackup.SCRIPT)).isRegularFile();

        Path restored = temp.resolve("restored");
        Files.createDirectories(restored);
        EmbeddedBackup.restore(backup, restored);

        try (Connection c = open(restored); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from identity_role")).isEqualTo(roles);
            assertThat(count(s, "select count(*) from identity_role where code = 'BACKUP_PROBE'")).isEqualTo(1);
            assertThat(count(s, "select count(*) from \"flyway_schema_history\"")).isEqualTo(migrations);
            // identity columns go on after the restored rows
            s.execute("insert into identity_role (code, builtin) values ('AFTER_RESTORE', false)");
            s.execute("SHUTDOWN");
        }
        try (FSDirectory dir = FSDirectory.open(restored.resolve("index/Company"));
                DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(new IndexSearcher(reader).count(new TermQuery(new Term("name", "Backup Probe AS"))))
                    .isEqualTo(1);
        }
        assertThat(restored.resolve("sso-secret.key")).hasContent("the-key");
    }

    @Test
    void aRestoreNeverOverwritesAnInstallationAndABackupNeedsADatabase() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("db"));
        try (Connection c = open(data); Statement s = c.createStatement()) {
            s.execute("create table t (id int)");
            s.execute("SHUTDOWN");
        }
        Path backup = temp.resolve("backup");
        EmbeddedBackup.backup(data, backup);

        Path existing = temp.resolve("existing");
        Files.createDirectories(existing);
        Files.writeString(existing.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> EmbeddedBackup.restore(backup, existing))
                .isInstanceOf(EmbeddedBackup.BackupException.class).hasMessageContaining("not empty");
        assertThat(existing.resolve("keep.txt")).hasContent("mine");
        assertThat(existing.resolve("db")).doesNotExist();

        assertThatThrownBy(() -> EmbeddedBackup.backup(temp.resolve("nothing"), temp.resolve("b2")))
                .isInstanceOf(EmbeddedBackup.BackupException.class).hasMessageContaining("No embedded database");
        assertThatThrownBy(() -> EmbeddedBackup.backup(data, backup))
                .isInstanceOf(EmbeddedBackup.BackupException.class).hasMessageContaining("not empty");
        assertThat(EmbeddedBackup.run(new String[] {"restore", temp.resolve("nothing").toString()})).isEqualTo(1);
    }

    static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
