/** The curator's web UI: static files of the bundle served on the Servlet Whiteboard; not exported. */
package org.tandem.portal.internal.ui;
