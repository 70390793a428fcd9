package org.tandem.portal.internal.api;

/** A resource of the API: it adds its routes to the router. */
interface Resource {

    void routes(Router router);
}
