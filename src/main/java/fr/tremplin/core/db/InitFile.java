package fr.tremplin.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * The script MariaDB runs as its own superuser at every start ({@code --init-file}), before it takes connections:
 * it creates or realigns Tremplin's database, account, password and grants, so a data folder of an older Tremplin
 * (made with grant tables off) is upgraded and a lost credentials file is recovered. Everything in it must succeed
 * on any folder: MariaDB 11.4 stops reading the script at the first failing statement, logs {@code ERROR: <code>}
 * and starts anyway, so only statements that cannot fail are used, and {@link MariaDbConsole} catches that line.
 */
final class InitFile {

    private InitFile() {
    }

    static String sql(String database, DbCredentials credentials) {
        String account = "'" + credentials.user() + "'@'127.0.0.1'";
        return String.join("\n",
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                // What mariadb-install-db leaves for a test server: anonymous accounts and a test database open to all.
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User IN ('', 'PUBLIC') AND Db IN ('test', 'test\\\\_%');",
                // root, and the account named after the OS user, get in by unix_socket or with no password: locked.
                "UPDATE mysql.global_priv SET Priv = JSON_SET(Priv, '$.account_locked', true)"
                        + " WHERE JSON_VALUE(Priv, '$.is_role') IS NULL AND (User = 'root'"
                        + " OR Priv LIKE '%unix_socket%' OR IFNULL(JSON_VALUE(Priv, '$.authentication_string'), '') = '');",
                "FLUSH PRIVILEGES;",
                "DROP DATABASE IF EXISTS `test`;",
                // Only the hash: the password itself is never written anywhere but the credentials file.
                "CREATE OR REPLACE USER " + account + " IDENTIFIED BY PASSWORD '" + credentials.nativePasswordHash()
                        + "';",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account + ";",
                "");
    }

    /** Writes the script to a file only its owner can read, created so before anything goes in. */
    static void write(Path file, String sql) {
        try {
            Files.deleteIfExists(file);
            try (SeekableByteChannel channel = Files.newByteChannel(file,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(DbCredentials.OWNER_ONLY))) {
                channel.write(ByteBuffer.wrap(sql.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
