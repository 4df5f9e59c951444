package fr.tremplin.core.live;

/** The names of the topics several features share. */
public final class LiveTopics {

    /** The library's shelves changed: an import, a mapping of library codes, tags. */
    public static final String HOLDINGS = "holdings";
    /** Branches, taxonomy or catalogue changed on some node: every other node drops its caches of them. */
    public static final String CONFIGURATION = "configuration";

    private LiveTopics() {
    }

    /** What a branch's desk shows changed: a help call, an account request, a workshop. */
    public static String desk(String branchCode) {
        return "desk:" + branchCode;
    }

    /** A workshop's state or seats changed. */
    public static String workshop(long workshopId) {
        return "workshop:" + workshopId;
    }
}
