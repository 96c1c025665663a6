package dev.crosswalk.access;

import dev.crosswalk.organisation.OrganisationId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues, revokes and checks API keys. A token is {@code cwk_<id>.<secret>}: the id finds the
 * record, the secret is 256 random bits. Only SHA-256 of the token is stored: with that much
 * entropy a slow password hash adds nothing, and every request can afford the check.
 */
public final class ApiKeys {
    private static final String PREFIX = "cwk_";
    private static final Pattern TOKEN = Pattern.compile("^cwk_([0-9a-f]{16})\\.([A-Za-z0-9_-]{43})$");
    private static final Pattern KEY_ID = Pattern.compile("^[0-9a-f]{16}$");
    private static final Pattern OWNER = Pattern.compile("^[\\p{L}\\p{N} .@_+'()-]{1,100}$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final KeyRepository repository;
    private final AdminKey admin;
    private final Clock clock;

    public ApiKeys(KeyRepository repository, AdminKey admin, Clock clock) {
        this.repository = repository;
        this.admin = admin;
        this.clock = clock;
    }

    /** The same keys with another admin key. */
    public ApiKeys withAdmin(AdminKey key) {
        return new ApiKeys(repository, key, clock);
    }

    /** True when an admin key was configured (the admin routes are on). */
    public boolean adminEnabled() {
        return admin.enabled();
    }

    /** Issues a new key for {@code organisation}; the returned token is shown once. */
    public IssuedKey issue(String organisation, String owner, String by) {
        if (!OrganisationId.valid(organisation)) {
            throw new InvalidKeyException("Organisation id '" + organisation + "' is invalid: 2–64 lower-case letters, digits and hyphens.");
        }
        String name = owner == null || owner.isBlank() ? null : owner.strip();
        if (name != null && !OWNER.matcher(name).matches()) {
            throw new InvalidKeyException("owner must be 1–100 letters, digits, spaces or . @ _ + ' ( ) -");
        }
        byte[] idBytes = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(idBytes);
        RANDOM.nextBytes(secret);
        String id = HexFormat.of().formatHex(idBytes);
        String token = PREFIX + id + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey(id, organisation, name == null ? "key " + id : name, sha256(token),
                clock.instant().toString(), by, null, null);
        repository.add(key);
        return new IssuedKey(key.withoutHash(), token);
    }

    /** Revokes a live key of {@code organisation}; false when there is none with this id. */
    public boolean revoke(String organisation, String id, String by) {
        if (!KEY_ID.matcher(String.valueOf(id)).matches()) return false;
        return repository.revoke(organisation, id, clock.instant().toString(), by);
    }

    /** The organisation's key records (live and revoked), without hashes. */
    public List<ApiKey> list(String organisation) {
        return repository.list(organisation).stream().map(ApiKey::withoutHash).toList();
    }

    /** Who sent a request with this {@code Authorization} header value (null when absent). */
    public Caller authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) return new Caller.Anonymous();
        String[] parts = authorization.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            return new Caller.Rejected("the Authorization header must be 'Bearer <key>'");
        }
        String token = parts[1];
        if (admin.matches(token)) return new Caller.Admin();
        var m = TOKEN.matcher(token);
        if (!m.matches()) return new Caller.Rejected("the bearer token is not a Crosswalk API key");
        Optional<ApiKey> key = repository.find(m.group(1));
        if (key.isEmpty() || !MessageDigest.isEqual(key.get().hash().getBytes(StandardCharsets.US_ASCII),
                sha256(token).getBytes(StandardCharsets.US_ASCII))) {
            return new Caller.Rejected("the API key is not known");
        }
        if (!key.get().live()) return new Caller.Rejected("the API key was revoked on " + key.get().revoked());
        return new Caller.Organisation(key.get());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
