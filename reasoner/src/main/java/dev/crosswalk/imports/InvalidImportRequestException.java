package dev.crosswalk.imports;

/** The request around the file is wrong: a missing or malformed id or title, an unknown format. */
public class InvalidImportRequestException extends RuntimeException {
    public InvalidImportRequestException(String message) {
        super(message);
    }
}
