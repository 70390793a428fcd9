package org.tandem.portal;

import java.util.Objects;

import org.tandem.core.shared.LocalizedText;

/**
 * A plug-in the portal has in effect: a matching strategy, criterion or hard rule, or a roadmap rule.
 *
 * @param id       its id: what a curator or a command chooses a strategy by, what weights name a criterion by,
 *                 what findings name a roadmap rule by
 * @param name     what it does or measures, in Russian and English (rules without a name: their id)
 * @param builtIn  whether it is one of matching's own
 * @param ranking  the winning service's {@code service.ranking}; 0 for a built-in
 * @param bundle   the symbolic name of the bundle that registered it; {@code org.tandem.matching} or
 *                 {@code org.tandem.core} for a built-in
 */
public record PluginInfo(String id, LocalizedText name, boolean builtIn, int ranking, String bundle) {

    public PluginInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bundle, "bundle");
    }
}
