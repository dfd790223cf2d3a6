package fr.passerelle.importer;

/**
 * Sets of codes an importer can check references against, inside the import transaction (so codes imported a
 * moment ago by an earlier file of the same run count). Only files of one coherent export are checked against
 * each other: data from other sources and vintages (historic communes, a ROME 3 code missing from a subset) is
 * kept, because refusing it would lose real information.
 */
public enum KeySet {
    ROME4_CODES, ROME4_ITEMS, ROME4_GRAND_DOMAINS, ROME4_PROFESSIONAL_DOMAINS
}
