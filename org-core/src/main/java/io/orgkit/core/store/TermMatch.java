package io.orgkit.core.store;

import io.orgkit.core.internal.Check;

/**
 * A subject whose terms match a {@link TermQuery}: its id, its best rank ({@link #EXACT}, {@link #PREFIX} or
 * {@link #CONTAINS}) and its sort name. Matches are ordered by (rank, sortName by code point, id).
 */
public record TermMatch(String id, int rank, String sortName) implements Comparable<TermMatch> {
    /** A whole term equals the needle. */
    public static final int EXACT = 0;
    /** A term starts with the needle. */
    public static final int PREFIX = 1;
    /** A term contains the needle elsewhere. */
    public static final int CONTAINS = 2;

    /**
     * Validates the match.
     *
     * @throws io.orgkit.core.ValidationException when the id or sort name is missing
     * @throws IllegalArgumentException when the rank is not {@link #EXACT}, {@link #PREFIX} or {@link #CONTAINS}
     */
    public TermMatch {
        Check.notNull(id, "id");
        Check.notNull(sortName, "sortName");
        if (rank < EXACT || rank > CONTAINS) {
            throw new IllegalArgumentException("rank must be 0..2, was " + rank);
        }
    }

    @Override
    public int compareTo(TermMatch o) {
        int c = Integer.compare(rank, o.rank);
        if (c == 0) {
            c = sortName.compareTo(o.sortName);
        }
        return c != 0 ? c : id.compareTo(o.id);
    }
}
