package dev.crosswalk.access;

/** A key request that cannot be met: bad organisation id or owner, too weak an admin key. */
public class InvalidKeyException extends RuntimeException {
    public InvalidKeyException(String message) {
        super(message);
    }
}
