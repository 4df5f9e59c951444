package fr.tremplin.core.domain;

/** What a resource works on. */
public enum Device {
    COMPUTER, TABLET, PHONE
}
