/** The REST API under {@code /api}: one class per resource, parameters parsed and validated by {@link org.entente.web.api.Params}. */
package org.entente.web.api;
