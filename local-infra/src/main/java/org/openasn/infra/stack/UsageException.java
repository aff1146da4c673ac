package org.openasn.infra.stack;

/** The command line asks for something the stack does not do; the launcher prints the message and exits with {@link #exitCode()}. */
public final class UsageException extends RuntimeException {

    /** Exit code of a command-line mistake (as in getopt-style tools). */
    public static final int EXIT_CODE = 2;

    public UsageException(String message) {
        super(message);
    }

    public int exitCode() {
        return EXIT_CODE;
    }
}
