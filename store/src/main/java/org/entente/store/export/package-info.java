/** The export formats of the stored events: the spec's JSON lines with sources, CSV, and PLOVER-style rows. */
package org.entente.store.export;
