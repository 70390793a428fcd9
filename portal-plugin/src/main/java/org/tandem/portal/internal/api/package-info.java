/**
 * The JSON API's resources (one small class per resource), the router that dispatches a request to them, the JSON
 * reading and writing, and the mapping of errors to statuses; not exported.
 */
package org.tandem.portal.internal.api;
