/** What an actor did: its counterparts and its events over time, for the actor page. */
package org.entente.web.actor;
