/**
 * Search over members and departments: {@link io.orgkit.core.search.Search} (through {@code Org.search()}), its
 * queries, hits with highlight ranges, pages, and the {@link io.orgkit.core.search.SearchTermContributor} plug-in point
 * (pinyin, say).
 */
@NullMarked
package io.orgkit.core.search;

import org.jspecify.annotations.NullMarked;
