package fr.tremplin.catalogue;

import fr.tremplin.core.domain.ConfigurationChanged;
import fr.tremplin.core.i18n.Language;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The catalogue as a branch's kiosks show it: needs that lead somewhere, and the resources the branch offers for
 * them. Read-mostly, so cached per node; dropped whenever the configuration changes.
 */
@Service
public class CatalogueService {

    static final String NEEDS_CACHE = "offeredNeeds";
    static final String SUB_NEEDS_CACHE = "offeredSubNeeds";
    static final String ALL_NEEDS_CACHE = "allNeeds";
    static final String RESOURCES_CACHE = "offeredResources";
    static final String RESOURCE_CACHE = "offeredResource";
    static final String URL_CACHE = "resourceUrl";

    private final CatalogueQueries queries;

    CatalogueService(CatalogueQueries queries) {
        this.queries = queries;
    }

    /** Top-level needs for which the branch offers at least one resource, labelled in {@code language}. */
    @Cacheable(NEEDS_CACHE)
    @Transactional(readOnly = true)
    public List<NeedTile> offeredNeeds(String branchCode, Language language) {
        return queries.offeredNeeds(branchCode, language);
    }

    /** Every need and sub-need, labelled in the language. */
    @Cacheable(ALL_NEEDS_CACHE)
    @Transactional(readOnly = true)
    public List<NeedTile> allNeeds(Language language) {
        return queries.allNeeds(language);
    }

    /** Sub-needs of {@code needCode} for which the branch offers at least one resource. */
    @Cacheable(SUB_NEEDS_CACHE)
    @Transactional(readOnly = true)
    public List<NeedTile> offeredSubNeeds(String branchCode, String needCode, Language language) {
        return queries.offeredSubNeeds(branchCode, needCode, language);
    }

    /** The enabled offers of the branch that serve a need or sub-need, with texts in {@code language}. */
    @Cacheable(RESOURCES_CACHE)
    @Transactional(readOnly = true)
    public List<ResourceCard> offeredResources(String branchCode, String needCode, Language language) {
        return queries.offeredResources(branchCode, needCode, language);
    }

    /** One resource the branch offers (enabled, not retired), with texts in {@code language}. */
    @Cacheable(RESOURCE_CACHE)
    @Transactional(readOnly = true)
    public Optional<ResourceCard> offeredResource(String branchCode, String resourceCode, Language language) {
        return queries.offeredResource(branchCode, resourceCode, language);
    }

    /** The web address of a resource, unless it is retired or has none. */
    @Cacheable(URL_CACHE)
    @Transactional(readOnly = true)
    public Optional<String> resourceUrl(String resourceCode) {
        return queries.resourceUrl(resourceCode);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @CacheEvict(cacheNames = {NEEDS_CACHE, SUB_NEEDS_CACHE, ALL_NEEDS_CACHE, RESOURCES_CACHE, RESOURCE_CACHE, URL_CACHE},
            allEntries = true)
    public void onConfigurationChanged(ConfigurationChanged event) {
        // Evicting is all there is to do.
    }
}
