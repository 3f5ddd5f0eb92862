/** Pinyin search terms for Chinese names: a {@link io.orgkit.core.search.SearchTermContributor} over pinyin4j. */
@NullMarked
package io.orgkit.search.pinyin;

import org.jspecify.annotations.NullMarked;
