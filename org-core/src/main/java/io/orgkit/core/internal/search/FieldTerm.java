package io.orgkit.core.internal.search;

import io.orgkit.core.search.HighlightField;
import io.orgkit.core.search.SearchTerm;

/** A derived term and the field its characters point into. */
public record FieldTerm(HighlightField field, SearchTerm term) {}
