/**
 * Roadmaps kept by an organization: the plan as imported or built ({@link org.tandem.core.roadmap.Roadmap}) with
 * the executions recorded during the year, behind the {@link org.tandem.core.roadmap.store.Roadmaps} repository.
 */
@Export
@Version("0.1.0")
package org.tandem.core.roadmap.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
