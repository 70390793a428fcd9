/** The portal plug-in's Declarative Services components; not exported. */
package org.tandem.portal.internal;
