package io.orgkit.core.search;

import java.util.List;

/**
 * A plug-in that adds search terms for names of members and departments (pinyin spellings, transliterations,
 * nicknames). Core calls it once per write of a member or department, never per query; stores keep and index
 * the terms. Register one with {@code OrganizationService.builder().searchTerms(...)} or declare it in
 * {@code META-INF/services/io.orgkit.core.search.SearchTermContributor}; an explicit one wins over a
 * discovered one of the same {@link #name()}.
 *
 * <p>Implementations must be thread-safe and fast, and return at most a few dozen terms per name (core keeps
 * at most {@value #MAX_TERMS}).
 */
public interface SearchTermContributor {
    /** Core keeps at most this many terms of one contributor per name. */
    int MAX_TERMS = 48;

    /**
     * A stable name with a version (e.g. {@code "pinyin-1"}). Core re-indexes an organization when the set of
     * names changes, so bump the version when the terms a contributor gives change.
     */
    String name();

    /**
     * The extra terms for {@code name} (already stripped, never blank), in search form; an empty list when
     * the contributor has nothing to add.
     */
    List<SearchTerm> termsFor(String name);
}
