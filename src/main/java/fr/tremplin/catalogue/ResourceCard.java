package fr.tremplin.catalogue;

import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.Device;
import fr.tremplin.core.domain.LanguageLevel;
import java.util.List;
import java.util.Set;

/**
 * A resource as one branch offers it, with its texts in the patron's language (or the fallback one).
 *
 * @param accessMode the branch's access mode when it overrides the resource's
 */
public record ResourceCard(
        String code,
        String publisher,
        String url,
        AccessMode accessMode,
        LanguageLevel levelMin,
        LanguageLevel levelMax,
        boolean worksFromHome,
        Integer sessionMinutes,
        String pictogram,
        List<String> instructionLanguages,
        Set<Device> devices,
        Set<String> needCodes,
        ResourceText text) {

    public ResourceCard {
        instructionLanguages = List.copyOf(instructionLanguages);
        devices = Set.copyOf(devices);
        needCodes = Set.copyOf(needCodes);
    }
}
