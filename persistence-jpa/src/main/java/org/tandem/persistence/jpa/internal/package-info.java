/** Entities, mappers to and from core's aggregates, and the repositories; not exported. */
package org.tandem.persistence.jpa.internal;
