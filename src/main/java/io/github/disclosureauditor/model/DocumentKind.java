package io.github.disclosureauditor.model;

/** Budget (预算) or final account (决算); UNKNOWN when the text does not say. */
public enum DocumentKind { BUDGET, FINAL_ACCOUNT, UNKNOWN }
