package fr.tremplin.holdings.availability;

/** The library system did not answer, or answered something that cannot be read: the caller falls back. */
class LibrarySystemException extends Exception {

    LibrarySystemException(String message) {
        super(message);
    }

    LibrarySystemException(String message, Throwable cause) {
        super(message, cause);
    }
}
