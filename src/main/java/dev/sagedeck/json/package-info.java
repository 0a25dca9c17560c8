/**
 * sagedeck's small JSON facility on jackson-core's streaming API alone: bytes to a plain tree
 * ({@link java.util.Map} in insertion order, {@link java.util.List}, String, Number, Boolean, null)
 * and back, compact or pretty-printed exactly as databind's {@code INDENT_OUTPUT} does. The files
 * sagedeck reads and writes on every run (the job record, preprocessing.json, metrics.json, the
 * result of {@code train --json}) are mapped by hand in the adapter that owns each, so those runs
 * never load Jackson's databind (about 0.1 s per JVM). Sees only the JDK and jackson-core.
 */
package dev.sagedeck.json;
