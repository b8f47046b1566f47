/**
 * The webhook: when a plan is published or superseded, other systems (a messaging gateway that tells hospitals) get an
 * HTTP POST with a JSON body signed by HMAC-SHA256, from an outbox in the database, retried with growing pauses until
 * the receiver answers 2xx or the attempts run out.
 */
package org.oxyalloc.api.webhook;
