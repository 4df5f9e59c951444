package fr.tremplin.outreach;

import fr.tremplin.admin.BranchService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.catalogue.NeedTile;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.web.PublicLinks;
import fr.tremplin.outreach.KitContent.FeaturedNeed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The communication kit of a branch: posters, a flyer and bookmarks as PDFs, in one of the branch's kiosk languages
 * or bilingual with French, with QR codes to deep links that open the kiosk at each featured need. For the staff
 * who manage the branch (its branch admins and the department admin).
 */
@Service
public class CommunicationKit {

    private final BranchService branches;
    private final CatalogueService catalogue;
    private final StaffAccess access;
    private final KitLinks links;

    CommunicationKit(BranchService branches, CatalogueService catalogue, StaffAccess access, PublicLinks links) {
        this.branches = branches;
        this.catalogue = catalogue;
        this.access = access;
        this.links = new KitLinks(links);
    }

    /** The needs the branch serves, to pick from, labelled in {@code language}. */
    public List<NeedTile> needs(String branchCode, Language language) {
        access.requireManages(branchCode);
        return catalogue.offeredNeeds(branchCode, language);
    }

    /**
     * @throws AccessDeniedException unless the current user manages the branch
     * @throws InvalidInputException for a language the branch's kiosks do not offer
     */
    public KitDocument make(KitRequest request) {
        access.requireManages(request.branchCode());
        BranchSettings branch = branches.findBranch(request.branchCode())
                .orElseThrow(() -> new AccessDeniedException("No active branch " + request.branchCode()));
        if (!branch.languages().contains(request.language())) {
            throw new InvalidInputException("language", "staff.kit.language.unknown", request.language().code());
        }
        KitContent content = content(branch, request);
        String html = switch (request.item()) {
            case POSTER_A4, POSTER_A3, FLYER_A5 -> PosterTemplate.html(content, request.item());
            case BOOKMARKS -> BookmarkTemplate.html(content);
        };
        return new KitDocument(fileName(branch, request), KitPdf.render(html, content.rightToLeft()));
    }

    private KitContent content(BranchSettings branch, KitRequest request) {
        Language language = request.language();
        List<Language> languages = Stream.concat(Stream.of(language), request.secondLanguage().stream()).toList();
        Map<Language, Map<String, String>> labels = new EnumMap<>(Language.class);
        for (Language each : languages) {
            labels.put(each, catalogue.offeredNeeds(branch.code(), each).stream()
                    .collect(Collectors.toMap(NeedTile::code, NeedTile::label)));
        }
        List<String> codes = catalogue.offeredNeeds(branch.code(), language).stream().map(NeedTile::code).toList();
        List<String> featured = request.needCodes().isEmpty() ? codes
                : request.needCodes().stream().filter(codes::contains).toList();
        List<FeaturedNeed> needs = new ArrayList<>();
        for (String code : featured) {
            Map<Language, String> texts = new EnumMap<>(Language.class);
            languages.forEach(each -> texts.put(each, labels.get(each).get(code)));
            needs.add(new FeaturedNeed(code, texts, links.need(branch.code(), language, code)));
        }
        String contact = Stream.of(branch.address(), branch.contactPhone(), branch.contactEmail())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
        return new KitContent(branch.name(), language, request.secondLanguage(),
                links.branch(branch.code(), language), needs, branch.openingHours(), contact);
    }

    /** Such as {@code tremplin-luneville-affiche-a4-ar.pdf}, or {@code …-ar-fr.pdf} when bilingual. */
    static String fileName(BranchSettings branch, KitRequest request) {
        return "tremplin-" + branch.code() + "-" + request.item().fileWord() + "-" + request.language().code()
                + request.secondLanguage().map(l -> "-" + l.code()).orElse("") + ".pdf";
    }
}
