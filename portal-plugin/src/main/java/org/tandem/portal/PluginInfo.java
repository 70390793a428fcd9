package org.tandem.portal;

import java.util.Objects;

import org.tandem.core.shared.LocalizedText;

/**
 * A matching strategy or criterion the portal offers.
 *
 * @param id       its id: what a curator or a command chooses a strategy by, what weights name a criterion by
 * @param name     what it does or measures, in Russian and English
 * @param builtIn  whether it is one of matching's own
 * @param ranking  the winning service's {@code service.ranking}; 0 for a built-in
 * @param bundle   the symbolic name of the bundle that registered it; {@code org.tandem.matching} for a built-in
 */
public record PluginInfo(String id, LocalizedText name, boolean builtIn, int ranking, String bundle) {

    public PluginInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bundle, "bundle");
    }
}
