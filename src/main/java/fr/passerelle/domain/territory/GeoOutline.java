package fr.passerelle.domain.territory;

/** A simplified outline for maps: the GeoJSON geometry object of a region or département, kept as text. */
public record GeoOutline(String outlineLevel, String code, String name, String geometry) {
}
