/** The pages: HTML shells whose scripts render the API's data; every view's state is in its URL. */
package org.entente.web.page;
