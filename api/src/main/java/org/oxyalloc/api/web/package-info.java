/**
 * Web plumbing shared by the controllers: every error as problem details (RFC 7807) for the API and as the error page
 * for the pages, the exceptions that map to 400, 404 and 409, the request size limit, and the plan and user in the
 * log lines. May depend on {@code api.user}, for the signed-in user's name in the logs, and on {@code api.page}, for
 * which controllers are pages.
 */
package org.oxyalloc.api.web;
