/**
 * The web application over the knowledge base: {@link org.entente.web.WebServer} assembles the REST API
 * ({@code api}), the pages ({@code page}) and the cross-cutting HTTP rules ({@code http}); the read models the
 * views need beyond the store's own queries live in packages named after what they show ({@code event},
 * {@code actor}, {@code network}, {@code stats}); {@code submit} stores articles posted to the API.
 */
package org.entente.web;
