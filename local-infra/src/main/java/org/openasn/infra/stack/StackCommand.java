package org.openasn.infra.stack;

/** A parsed {@code ./stack} command line. */
public sealed interface StackCommand {

    /** {@code up}: start everything and block until interrupted. */
    record Up(StackOptions options) implements StackCommand {
    }

    /** {@code token}: print a signed JWT. */
    record Token(TokenRequest request) implements StackCommand {
    }

    /** {@code validate CMD ...}: check CMD's arguments only (the script does this before building). */
    record Validate(StackCommand command) implements StackCommand {
    }
}
