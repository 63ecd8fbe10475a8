package com.mirante.platform.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A master key kept as Base64 text, in configuration or in a file only its owner may read. */
final class MasterKeyFile {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private MasterKeyFile() {
    }

    static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " is not Base64 (generate a key with: openssl rand -base64 32)", e);
        }
    }

    static byte[] read(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                log.warn("Master key file {} can be read by others than its owner ({}): chmod 600 it", file,
                        PosixFilePermissions.toString(permissions));
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "Master key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the master key file " + file, e);
        }
    }

    /** The local run's key: created with a new random key, readable by its owner only, when missing. */
    static byte[] readOrCreate(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(file, Base64.getEncoder().encodeToString(GuestCipher.randomKey()) + "\n",
                    StandardCharsets.US_ASCII);
            log.info("Created a new master key in {}: keep it, or the personal data sealed under it is lost", file);
        } catch (FileAlreadyExistsException e) {
            log.debug("Master key file {} exists", file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the master key file " + file, e);
        }
        return read(file);
    }
}
