package fr.tremplin.outreach;

/** The printed pieces of the communication kit, with the paper they are made for and the word in their file name. */
public enum KitItem {
    POSTER_A4("affiche-a4", "A4", 1.0),
    POSTER_A3("affiche-a3", "A3", Math.sqrt(2)),
    FLYER_A5("flyer-a5", "A5", Math.sqrt(0.5)),
    BOOKMARKS("marque-pages", "A4", 1.0);

    private final String fileWord;
    private final String paper;
    private final double scale;

    KitItem(String fileWord, String paper, double scale) {
        this.fileWord = fileWord;
        this.paper = paper;
        this.scale = scale;
    }

    /** The French word for the item in downloaded file names, as librarians file them. */
    public String fileWord() {
        return fileWord;
    }

    /** The CSS page size. */
    String paper() {
        return paper;
    }

    /** Size of the poster layout relative to A4: A-sizes are A4 scaled by powers of the square root of two. */
    double scale() {
        return scale;
    }
}
