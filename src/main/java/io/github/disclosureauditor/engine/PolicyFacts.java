package io.github.disclosureauditor.engine;

import io.github.disclosureauditor.facts.KeyAlias;
import io.github.disclosureauditor.facts.ScopeMatch;
import io.github.disclosureauditor.facts.TableIdentity;

import java.util.ArrayList;
import java.util.List;

/**
 * The policy lists of rules/ read as facts: which subjects stand for which table items
 * (aliases.csv), which figures two tables must agree on by scope (identities.csv), which table
 * scopes a narrative figure may be compared with (claim_scopes.csv). Inserted beside each
 * document's facts.
 */
public record PolicyFacts(List<KeyAlias> aliases, List<TableIdentity> identities, List<ScopeMatch> scopes) {
    public static final PolicyFacts NONE = new PolicyFacts(List.of(), List.of(), List.of());

    public PolicyFacts {
        aliases = List.copyOf(aliases);
        identities = List.copyOf(identities);
        scopes = List.copyOf(scopes);
    }

    /** The identity and scope rows, which go into every session unchanged. */
    public List<Object> tables() {
        List<Object> out = new ArrayList<>(identities.size() + scopes.size());
        out.addAll(identities);
        out.addAll(scopes);
        return out;
    }
}
