/**
 * OPATH recipient filters, the language Exchange uses in {@code -RecipientRestrictionFilter} and {@code -Filter}:
 * {@link io.roomgate.opath.RecipientFilter#parse parse} a filter (the provider rejects bad ones at preview) and
 * {@link io.roomgate.opath.RecipientFilter#matches match} it against a recipient (the simulator evaluates scopes).
 */
package io.roomgate.opath;
