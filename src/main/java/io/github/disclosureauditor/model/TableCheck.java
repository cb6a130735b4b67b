package io.github.disclosureauditor.model;

import java.util.List;

/**
 * Which of a table's own identities hold after reading. Published tables almost always add up,
 * so a table whose identities fail in many places was probably misread: {@code misread} is set
 * with the reason, and its numbers are kept out of serious findings.
 */
public record TableCheck(List<Identity> identities, boolean misread, String reason) {
    public TableCheck {
        identities = List.copyOf(identities);
        reason = reason == null ? "" : reason;
    }

    public static TableCheck none() {
        return new TableCheck(List.of(), false, "");
    }

    public int checked() {
        return identities.size();
    }

    public int held() {
        return (int) identities.stream().filter(Identity::holds).count();
    }

    public int failed() {
        return checked() - held();
    }
}
