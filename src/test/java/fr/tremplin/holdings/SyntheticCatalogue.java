package fr.tremplin.holdings;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Generated resources and holdings for the benchmark. Words follow a Zipf-Mandelbrot law over 20,000 words (the
 * common French words first, then made-up ones), as content words do once stop words are gone: the most common word
 * is about one word in 300, so it is in a few percent of the records and in most resources (which have long texts).
 * Copies are spread over six branches and an unmapped library.
 */
final class SyntheticCatalogue {

    static final List<String> WORDS = List.of("français", "grammaire", "exercices", "apprendre", "quotidien",
            "emploi", "entretien", "embauche", "concours", "fonction", "publique", "informatique", "internet",
            "cuisine", "histoire", "géographie", "mathématiques", "anglais", "espagnol", "allemand", "vocabulaire",
            "conjugaison", "orthographe", "lecture", "écriture", "méthode", "débutant", "niveau", "examen",
            "préparation", "code", "route", "permis", "conduire", "métier", "formation", "santé", "famille",
            "enfants", "école", "travail", "recherche", "lettre", "motivation", "bureautique", "tableur",
            "découverte", "guide", "pratique", "dictionnaire", "roman", "nouvelles", "poésie", "théâtre", "société");
    static final List<String> BRANCHES = List.of("luneville", "nancy-plateau-de-haye", "longwy", "pont-a-mousson",
            "moselle-et-madon", "frouard");
    static final List<String> NEEDS = List.of("JOB_CV", "JOB_INTERVIEW", "FRENCH_START", "FRENCH_EVERYDAY",
            "FRENCH_WORK", "EXAM_CIVIL_SERVICE", "DIGITAL_OFFICE", "DRIVING_LEARN", "LANGUAGES_ENGLISH", "SCHOOL");
    private static final List<String> NAMES = List.of("Dupont", "Martin", "Bernard", "Petit", "Durand", "Leroy",
            "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux", "Fournier", "Girard");
    private static final CopyStatus[] STATUSES = {CopyStatus.AVAILABLE, CopyStatus.AVAILABLE, CopyStatus.AVAILABLE,
        CopyStatus.ON_LOAN, CopyStatus.ON_LOAN, CopyStatus.NOT_FOR_LOAN, CopyStatus.LOST};
    private final Random random = new Random(14);
    private static final double MANDELBROT_SHIFT = 50;
    private final List<String> vocabulary = new ArrayList<>(WORDS);
    private final double[] cumulative;

    SyntheticCatalogue() {
        while (vocabulary.size() < 20_000) {
            vocabulary.add(madeUpWord());
        }
        cumulative = new double[vocabulary.size()];
        double sum = 0;
        for (int rank = 0; rank < cumulative.length; rank++) {
            sum += 1 / (rank + 1 + MANDELBROT_SHIFT);
            cumulative[rank] = sum;
        }
    }

    NeedTree needTree() {
        return new NeedTree(NEEDS.stream().filter(code -> code.contains("_"))
                .collect(Collectors.toMap(code -> code, code -> code.substring(0, code.indexOf('_')))));
    }

    List<IndexedResource> resources(int count) {
        List<IndexedResource> resources = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<Language, IndexedResource.Text> texts = new HashMap<>();
            texts.put(Language.FR, new IndexedResource.Text(title(), sentence(12), sentence(25)));
            texts.put(Language.EN, new IndexedResource.Text(title(), sentence(12), null));
            LanguageLevel min = level();
            resources.add(new IndexedResource("R" + i, pick(NAMES) + " Éditions", texts, min, max(min),
                    Set.of(random.nextBoolean() ? "fr" : "en"), Set.of(pick(NEEDS)), some(BRANCHES)));
        }
        return resources;
    }

    List<IndexedHolding> holdings(int count) {
        List<IndexedHolding> holdings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<ShelfCopy> copies = new ArrayList<>();
            for (int c = random.nextInt(3); c >= 0; c--) {
                String branch = random.nextInt(20) == 0 ? null : pick(BRANCHES);
                copies.add(new ShelfCopy(branch == null ? "UNMAPPED" : branch.toUpperCase(), branch, "Adultes",
                        "448 " + i, STATUSES[random.nextInt(STATUSES.length)]));
            }
            LanguageLevel min = random.nextInt(3) == 0 ? level() : null;
            holdings.add(new IndexedHolding("H" + i, title(), pick(NAMES) + ", " + pick(NAMES), pick(NAMES),
                    1980 + random.nextInt(45), "978" + (1_000_000_000L + random.nextInt(900_000_000)),
                    random.nextInt(5) == 0 ? "en" : "fr", sentence(4), "4" + random.nextInt(100), min,
                    min == null ? null : max(min), random.nextBoolean() ? Set.of(pick(NEEDS)) : Set.of(), copies,
                    false));
        }
        return holdings;
    }

    /** A word a reader might type: one of the common list, the first ones more often. */
    String commonWord() {
        return vocabulary.get(rank(cumulative[WORDS.size() - 1]));
    }

    private String word() {
        return vocabulary.get(rank(cumulative[cumulative.length - 1]));
    }

    private int rank(double total) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
        return at >= 0 ? at : -at - 1;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    Random random() {
        return random;
    }

    private String title() {
        return sentence(3 + random.nextInt(5));
    }

    private String sentence(int words) {
        return IntStream.range(0, words).mapToObj(i -> word()).collect(Collectors.joining(" "));
    }

    private String madeUpWord() {
        String letters = "abcdefghilmnoprstuvé";
        StringBuilder word = new StringBuilder();
        for (int i = 4 + random.nextInt(6); i > 0; i--) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private LanguageLevel level() {
        return LanguageLevel.values()[random.nextInt(LanguageLevel.values().length)];
    }

    private LanguageLevel max(LanguageLevel min) {
        return LanguageLevel.values()[Math.min(LanguageLevel.values().length - 1, min.ordinal() + random.nextInt(3))];
    }

    private Set<String> some(List<String> values) {
        return values.stream().filter(v -> random.nextInt(3) == 0).collect(Collectors.toSet());
    }
}
