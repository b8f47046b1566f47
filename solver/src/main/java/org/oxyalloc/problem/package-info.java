/**
 * The problem file format: the {@code Problem} records (their Jackson and Jakarta Validation annotations are the one
 * definition of the format), the JSON Schema generated from them, the one JSON mapper, and the reader that checks a
 * file against the schema and then semantically, reporting every issue at once, its messages as phrases. Also applies
 * a disruption's changes to a day's problem ({@code Disruptions}) and parses time limits. Depends only on
 * {@code text}.
 */
package org.oxyalloc.problem;
