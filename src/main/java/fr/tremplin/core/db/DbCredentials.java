package fr.tremplin.core.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's account for Tremplin: user and generated password, kept in the data folder in a file only
 * its owner can read. The password is never logged: {@link #toString()} hides it.
 */
public record DbCredentials(String user, String password) {

    public static final String USER = "tremplin";
    static final String FILE_NAME = "db-credentials.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private static final Logger log = LoggerFactory.getLogger(DbCredentials.class);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The credentials kept in {@code folder}, or new ones written there when the file is missing or unreadable. */
    static DbCredentials loadOrCreate(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY);
                    log.warn("{} could be read by others: its permissions are now 0600", file);
                }
                Properties properties = new Properties();
                properties.load(new StringReader(Files.readString(file)));
                String password = properties.getProperty("password", "");
                if (USER.equals(properties.getProperty("user")) && password.matches("[A-Za-z0-9]{32,}")) {
                    return new DbCredentials(USER, password);
                }
                log.warn("{} is not as Tremplin wrote it: a new database password replaces it", file);
            }
            DbCredentials created = new DbCredentials(USER, generatePassword());
            created.write(file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }

    /** The hash MariaDB's mysql_native_password keeps, so the set-up script never holds the password itself. */
    String nativePasswordHash() {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-1", e);
        }
    }

    @Override
    public String toString() {
        return "DbCredentials[user=" + user + ", password=(hidden)]";
    }

    /** Created 0600 before the secret goes in, then moved over the old file in one step. */
    private void write(Path file) throws IOException {
        Path draft = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(draft);
        String text = "# The embedded MariaDB's account for Tremplin, generated at first start. Keep it private.\n"
                + "user=" + user + "\npassword=" + password + "\n";
        try (SeekableByteChannel channel = Files.newByteChannel(draft,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
        }
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String generatePassword() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
