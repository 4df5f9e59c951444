package fr.tremplin.catalogue;

import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.Device;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A self-training resource as configured, with the branches that offer it.
 *
 * @param instructionLanguages ISO 639 codes of the languages the resource teaches in
 * @param needCodes the needs or sub-needs it serves
 * @param example true when the entry is demo data whose facts a library must check
 */
public record ResourceDefinition(
        String code,
        String publisher,
        String url,
        AccessMode accessMode,
        LanguageLevel levelMin,
        LanguageLevel levelMax,
        boolean worksFromHome,
        Integer sessionMinutes,
        String pictogram,
        boolean example,
        List<String> instructionLanguages,
        Set<Device> devices,
        Set<String> needCodes,
        Map<Language, ResourceText> texts,
        List<OfferDefinition> offers) {

    public ResourceDefinition {
        instructionLanguages = List.copyOf(instructionLanguages);
        devices = Set.copyOf(devices);
        needCodes = Set.copyOf(needCodes);
        texts = Map.copyOf(texts);
        offers = List.copyOf(offers);
    }

    /** The same resource without its offers: what the resource tables hold. */
    public ResourceDefinition withoutOffers() {
        return new ResourceDefinition(code, publisher, url, accessMode, levelMin, levelMax, worksFromHome,
                sessionMinutes, pictogram, example, instructionLanguages, devices, needCodes, texts, List.of());
    }
}
