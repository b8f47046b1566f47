/**
 * The oxyalloc HTTP service (Spring Boot): {@code OxyallocApplication} and, in sub-packages by concern, plans,
 * publication, quotas, tuning, users, the audit trail, demo data, operations metrics and web plumbing.
 * The service uses the engine of the solver module, nothing of the datasets, benchmarks or cli modules.
 */
package org.oxyalloc.api;
