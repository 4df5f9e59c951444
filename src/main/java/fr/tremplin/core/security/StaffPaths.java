package fr.tremplin.core.security;

/** Routes of the staff screens, for links between features that must not depend on each other's views. */
public final class StaffPaths {

    public static final String HOME = "staff";
    public static final String BRANCHES = "staff/branches";
    public static final String KIOSKS = "staff/kiosks";
    public static final String OFFERS = "staff/offers";
    public static final String CREDENTIALS = "staff/credentials";
    public static final String REQUESTS = "staff/requests";
    public static final String RESOURCES = "staff/resources";
    public static final String TAXONOMY = "staff/taxonomy";
    public static final String USERS = "staff/users";
    public static final String AUDIT = "staff/audit";
    public static final String CONFIGURATION = "staff/configuration";
    public static final String PARTNER = "staff/partner";
    public static final String PARTNERS = "staff/partners";
    public static final String KIT = "staff/kit";
    public static final String REPORT = "staff/report";
    public static final String DESK = "staff/desk";
    public static final String WORKSHOPS = "staff/workshops";
    public static final String HOLDINGS = "staff/holdings";
    public static final String SEARCH = "staff/search";

    private StaffPaths() {
    }
}
