package org.tandem.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/** A command or questionnaire broke its constraints; {@link #violations()} says which and why, in both languages. */
public class InvalidCommandException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidCommandException(String commandName, List<Violation> violations) {
        super(commandName + " is invalid: " + violations.stream()
                .map(v -> v.property() + ": " + v.message().en())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
