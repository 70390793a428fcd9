package org.tandem.core.people;

import java.util.Objects;

import org.tandem.core.shared.DomainRuleException;

/**
 * An entry of the organization's catalog of professional competencies: a mentor has it, a mentee lacks it
 * (a deficit). One catalog serves both sides so that deficits and competencies can be compared.
 *
 * @param code stable code, e.g. {@code "lesson-planning"}
 * @param name what a person reads, e.g. «планирование урока»
 */
public record Competency(String code, String name) {

    public Competency {
        if (code == null || code.isBlank()) {
            throw new DomainRuleException("У компетенции должен быть код.", "a competency needs a code");
        }
        if (name == null || name.isBlank()) {
            throw new DomainRuleException("У компетенции «" + code + "» должно быть название.",
                    "competency " + code + " needs a name");
        }
        code = code.strip();
        Objects.requireNonNull(name);
    }

    public static Competency of(String code, String name) {
        return new Competency(code, name);
    }
}
