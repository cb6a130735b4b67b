package io.github.disclosureauditor.facts;

/**
 * A narrative subject may be backed by a table quantity of another key (the narrative's
 * "一般公共预算支出" is the tables' EXPENSE in GPB scope). Every key is its own alias.
 */
public record KeyAlias(String narrativeKey, String tableKey) {
}
