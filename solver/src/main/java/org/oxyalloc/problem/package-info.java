/**
 * The problem file format: the {@code Problem} records (their Jackson and Jakarta Validation annotations are the one
 * definition of the format), the JSON Schema generated from them, the one JSON mapper, and the reader that checks a
 * file against the schema and then semantically, reporting every issue at once. Also parses time limits.
 * Depends on nothing else of the project.
 */
package org.oxyalloc.problem;
