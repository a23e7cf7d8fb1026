package id.etalase.catalog;

/** A category as an operator or a demo file gives it; the parent is named by its slug. */
public record CategoryData(
    String slug, String name, String nameEn, String parentSlug, int position) {}
