package no.kobling.shared.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Backup and restore of the embedded default installation (issue 19 point 7, docs/operations.md): the H2 database as
 * an SQL script ({@code SCRIPT ... COMPRESSION GZIP}, which any later H2 can read), the Lucene index folder and the
 * key that encrypts identity providers' secrets, all from one data folder ({@code kobling.data-dir}).
 *
 * <pre>
 * java -jar kobling.jar backup  /backups/2026-12-07 [--data-dir=./data]
 * java -jar kobling.jar restore /backups/2026-12-07 [--data-dir=./data-restored]
 * </pre>
 *
 * Run it while Kobling is stopped: the embedded database is opened without a server, so a running Kobling holds it
 * and the command stops with a clear message instead of copying a moving index. A restore goes only into an empty
 * (or new) data folder; it never overwrites an installation. PostgreSQL installations use pg_dump instead.
 */
public final class EmbeddedBackup {

    public static final List<String> COMMANDS = List.of("backup", "restore");
    static final String SCRIPT = "kobling-db.sql.gz";
    static final String INDEX = "index";
    static final String KEY = "sso-secret.key";
    static final String MANIFEST = "kobling-backup.properties";

    private EmbeddedBackup() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** The command line: returns the process exit code. */
    public static int run(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("usage: kobling backup|restore <backup folder> [--data-dir=<data folder>]");
            return 2;
        }
        Path dataDir = Path.of(System.getProperty("kobling.data-dir",
                System.getenv().getOrDefault("KOBLING_DATA_DIR", "./data")));
        for (String a : args) {
            if (a.startsWith("--data-dir=")) {
                dataDir = Path.of(a.substring("--data-dir=".length()));
            } else if (a.startsWith("--kobling.data-dir=")) {
                dataDir = Path.of(a.substring("--kobling.data-dir=".length()));
            }
        }
        try {
            if ("backup".equals(args[0])) {
                backup(dataDir, Path.of(args[1]));
                System.out.println("Backup of " + dataDir.toAbsolutePath() + " written to " + Path.of(args[1])
                        .toAbsolutePath());
            } else {
                restore(Path.of(args[1]), dataDir);
                System.out.println("Restored " + Path.of(args[1]).toAbsolutePath() + " into "
                        + dataDir.toAbsolutePath());
            }
            return 0;
        } catch (BackupException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** Writes a backup of {@code dataDir} into {@code target}, which must be empty or not exist. */
    public static void backup(Path dataDir, Path target) {
        Path db = dataDir.resolve("db").resolve("kobling.mv.db");
        if (!Files.isRegularFile(db)) {
            throw new BackupException("No embedded database at " + db.toAbsolutePath() + " (is --data-dir right?)");
        }
        requireEmpty(target, "backup folder");
        try (Connection c = open(dataDir, false);
                PreparedStatement ps = c.prepareStatement("SCRIPT TO ? COMPRESSION GZIP")) {
            Files.createDirectories(target);
            ps.setString(1, target.resolve(SCRIPT).toAbsolutePath().toString());
            ps.execute();
            // the index is copied while the database is held, so no Kobling can start and change it meanwhile
            copyTree(dataDir.resolve(INDEX), target.resolve(INDEX));
            if (Files.isRegularFile(dataDir.resolve(KEY))) {
                Files.copy(dataDir.resolve(KEY), target.resolve(KEY));
            }
            Properties manifest = new Properties();
            manifest.setProperty("created", java.time.Clock.systemUTC().instant().toString());
            manifest.setProperty("format", "1");
            manifest.setProperty("source", dataDir.toAbsolutePath().toString());
            try (var out = Files.newOutputStream(target.resolve(MANIFEST))) {
                manifest.store(out, "Kobling backup: restore with `kobling restore <this folder> --data-dir=...`");
            }
        } catch (SQLException e) {
            throw new BackupException(inUse(e) ? "The database is in use: stop Kobling first, then run the backup."
                    : "The backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("The backup failed: " + e.getMessage(), e);
        }
    }

    /** Restores {@code backup} into {@code dataDir}, which must be empty or not exist. */
    public static void restore(Path backup, Path dataDir) {
        if (!Files.isRegularFile(backup.resolve(MANIFEST)) || !Files.isRegularFile(backup.resolve(SCRIPT))) {
            throw new BackupException("Not a Kobling backup: " + backup.toAbsolutePath());
        }
        requireEmpty(dataDir, "data folder");
        try {
            Files.createDirectories(dataDir.resolve("db"));
            try (Connection c = open(dataDir, true);
                    PreparedStatement ps = c.prepareStatement("RUNSCRIPT FROM ? COMPRESSION GZIP")) {
                ps.setString(1, backup.resolve(SCRIPT).toAbsolutePath().toString());
                ps.execute();
            }
            copyTree(backup.resolve(INDEX), dataDir.resolve(INDEX));
            if (Files.isRegularFile(backup.resolve(KEY))) {
                Files.copy(backup.resolve(KEY), dataDir.resolve(KEY));
            }
        } catch (SQLException | IOException e) {
            throw new BackupException("The restore failed (remove " + dataDir.toAbsolutePath()
                    + " before trying again): " + e.getMessage(), e);
        }
    }

    private static Connection open(Path dataDir, boolean create) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("kobling").toAbsolutePath()
                + ";AUTO_SERVER=FALSE" + (create ? "" : ";IFEXISTS=TRUE");
        return DriverManager.getConnection(url, "sa", "");
    }

    private static boolean inUse(SQLException e) {
        // H2: 90020 "database may be already in use"
        return e.getErrorCode() == 90020 || String.valueOf(e.getMessage()).contains("already in use");
    }

    private static void requireEmpty(Path dir, String what) {
        if (Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupException("The " + what + " " + dir.toAbsolutePath() + " is not empty.");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!"write.lock".equals(file.getFileName().toString())) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** A backup or restore that cannot be done; the message says why. */
    public static final class BackupException extends RuntimeException {

        BackupException(String message) {
            super(message);
        }

        BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
