/**
 * Sentences that the product says to people in more than one language: {@code Phrase}, a key of the phrase bundle
 * ({@code phrases.properties}, English, and {@code phrases_id.properties}, Bahasa Indonesia) with its arguments. The
 * plan's explanations and the problem's validation messages are phrases, so that a page says them in its reader's
 * language while the API and the command line keep their English. Depends on no other package.
 */
package org.oxyalloc.text;
