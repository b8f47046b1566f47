/**
 * What the web pages share: the two languages (Bahasa Indonesia by default, English), the signed-in user's menu, the
 * sign-in page and where each role lands. The pages themselves live with their feature (plans, quotas,
 * publication), rendered on the server by Thymeleaf from the same services the API calls.
 */
package org.oxyalloc.api.page;
