/**
 * Importing mentor and mentee questionnaires exported from online forms (CSV, XLSX): column mappings saved per
 * organization, readers that cope with real exports (BOM, Windows-1251, {@code ;} or {@code ,}, multi-line answers,
 * Russian dates, «да»/«нет»), and the all-or-nothing {@link org.tandem.core.questionnaire.ImportingQuestionnaires}
 * use case.
 */
@Export
@Version("0.1.0")
package org.tandem.core.questionnaire;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
