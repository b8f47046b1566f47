/**
 * Accounts and access: users with BCrypt passwords and roles, HTTP Basic and the access rules by URL
 * ({@code SecurityConfig}), the signed-in user, and the first administrator of a fresh installation.
 * May depend on {@code api.audit} and {@code api.web}.
 */
package org.oxyalloc.api.user;
