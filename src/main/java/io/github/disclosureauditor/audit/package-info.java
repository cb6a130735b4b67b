/**
 * The audit pipeline: ingest (bytes to text) → parse (document model) → facts → rules (the
 * current rule base of the engine) → ranked findings. The engine package only builds and holds
 * Drools rule bases; this package decides what goes into a session.
 */
package io.github.disclosureauditor.audit;
