/** The cooperation network: actors or countries as nodes, events between them as weighted edges. */
package org.entente.web.network;
