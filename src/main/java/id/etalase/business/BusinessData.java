package id.etalase.business;

/** The editable fields of a business, as an importer or a form supplies them. */
public record BusinessData(
    String slug, String name, String ownerName, String description, PublicationStatus status) {}
