package id.etalase.business;

/**
 * Fired inside the transaction that changed a business, so that what copies its data (the search
 * text of its products) follows.
 */
public record BusinessChanged(long businessId) {}
