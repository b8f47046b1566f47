/**
 * What was delivered: suppliers and staff record each tanker stop and each hospital's refills of a published plan as it
 * happens, with a variance reason where it differs from the plan; hospitals confirm what they received; planned
 * against delivered per hospital and per supplier; and the next day's problem built from the day's plan and these
 * facts ("copy into tomorrow").
 */
package org.oxyalloc.api.delivery;
