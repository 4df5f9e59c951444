package fr.tremplin.workshop;

import fr.tremplin.catalogue.NeedTile;
import fr.tremplin.core.i18n.Language;
import java.util.List;

/**
 * What a librarian can pick from when planning or running a workshop of a branch.
 *
 * @param resources the branch's offered resources (code, French title), by title
 * @param pooled those of them whose access is a code from a pool (for a hand-out)
 */
public record WorkshopChoices(List<NeedTile> needs, List<Choice> resources, List<Choice> pooled,
        List<Language> languages, List<Choice> partners) {

    /** A code and the name staff read. */
    public record Choice(String code, String name) {
    }

    public String resourceName(String code) {
        return resources.stream().filter(r -> r.code().equals(code)).map(Choice::name).findFirst().orElse(code);
    }
}
