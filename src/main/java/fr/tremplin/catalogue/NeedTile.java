package fr.tremplin.catalogue;

/** A need or sub-need as a kiosk tile: its stable code, its label in the patron's language and its pictogram. */
public record NeedTile(String code, String label, String pictogram) {
}
