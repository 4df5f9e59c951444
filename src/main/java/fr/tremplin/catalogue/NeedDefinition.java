package fr.tremplin.catalogue;

import fr.tremplin.core.domain.Audience;
import fr.tremplin.core.i18n.Language;
import java.util.Map;

/**
 * One need or sub-need of the taxonomy as configured. Top-level needs carry the audience their patrons are counted
 * under; sub-needs ({@code parentCode} set) inherit it.
 */
public record NeedDefinition(
        String code, String parentCode, Audience audience, String pictogram, int position,
        Map<Language, String> labels) {

    public NeedDefinition {
        labels = Map.copyOf(labels);
    }

    public boolean topLevel() {
        return parentCode == null;
    }
}
