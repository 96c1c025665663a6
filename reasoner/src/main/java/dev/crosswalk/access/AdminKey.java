package dev.crosswalk.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's key, from {@code CROSSWALK_ADMIN_KEY} or a file. There is no default: without
 * one the admin routes are off. Held as a hash and compared in constant time.
 */
public final class AdminKey {
    public static final String ENV = "CROSSWALK_ADMIN_KEY";
    public static final String ENV_FILE = "CROSSWALK_ADMIN_KEY_FILE";
    /** Shorter keys are refused at start: an admin key must not be guessable. */
    public static final int MIN_LENGTH = 24;
    private final byte[] hash;

    private AdminKey(byte[] hash) {
        this.hash = hash;
    }

    /** No admin key: admin routes off. */
    public static AdminKey none() {
        return new AdminKey(null);
    }

    public static AdminKey of(String key) {
        String k = key == null ? "" : key.strip();
        if (k.length() < MIN_LENGTH) {
            throw new InvalidKeyException("The admin key must be at least " + MIN_LENGTH + " characters (got " + k.length()
                    + "); generate one with: openssl rand -base64 32");
        }
        if (!k.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidKeyException("The admin key must be printable ASCII without spaces.");
        }
        return new AdminKey(ApiKeys.sha256(k).getBytes(StandardCharsets.US_ASCII));
    }

    /** From {@code file} when given, else the environment ({@link #ENV}, then a file named by {@link #ENV_FILE}). */
    public static AdminKey resolve(Path file, Map<String, String> env) {
        return secret(file, env).map(AdminKey::of).orElseGet(AdminKey::none);
    }

    /**
     * The admin key's text, looked up as {@link #resolve} does (the CLI sends it; the server only
     * keeps its hash); empty when none is configured.
     */
    public static Optional<String> secret(Path file, Map<String, String> env) {
        if (file == null && env.get(ENV_FILE) != null && !env.get(ENV_FILE).isBlank()) file = Path.of(env.get(ENV_FILE));
        if (file != null) {
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new InvalidKeyException("Cannot read the admin key file " + file + ": " + e.getMessage());
            }
        }
        String value = env.get(ENV);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.strip());
    }

    public boolean enabled() {
        return hash != null;
    }

    boolean matches(String token) {
        return hash != null && MessageDigest.isEqual(hash, ApiKeys.sha256(token).getBytes(StandardCharsets.US_ASCII));
    }
}
