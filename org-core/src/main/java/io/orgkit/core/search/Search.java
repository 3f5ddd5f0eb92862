package io.orgkit.core.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds departments and active members of one organization by their search terms; hits carry ranges for
 * highlighting. Ranking: a term equal to the query first, then a term starting with it, then a term containing
 * it; ties in name order. A blank query finds nothing. A query of one or two Latin letters or digits matches the
 * start of a term (a word of the name, the email, a pinyin spelling); longer queries and queries with Chinese (or
 * other non-Latin) characters match anywhere in a term.
 */
public interface Search {
    /** Longest query; longer texts are refused. */
    int MAX_QUERY = 64;

    /**
     * The first {@value MemberQuery#DEFAULT_LIMIT} departments matching {@code text}.
     *
     * @throws io.orgkit.core.ValidationException when the text is longer than {@value #MAX_QUERY} characters
     */
    default List<DepartmentHit> departments(String text) {
        return departments(text, MemberQuery.DEFAULT_LIMIT, null).hits();
    }

    /**
     * A page of at most {@code limit} departments matching {@code text}, after {@code cursor}.
     *
     * @throws io.orgkit.core.ValidationException when the text is too long, the limit is outside
     *     1..{@value MemberQuery#MAX_LIMIT} or the cursor is not one this search gave
     */
    SearchPage<DepartmentHit> departments(String text, int limit, @Nullable String cursor);

    /**
     * The first {@value MemberQuery#DEFAULT_LIMIT} active members matching {@code text}.
     *
     * @throws io.orgkit.core.ValidationException when the text is longer than {@value #MAX_QUERY} characters
     */
    default List<MemberHit> members(String text) {
        return members(MemberQuery.of(text));
    }

    /**
     * The active members matching the query (first page).
     *
     * @throws io.orgkit.core.ValidationException when the text is too long or the cursor is not one this search gave
     * @throws io.orgkit.core.NotFoundException when the query's department or role does not exist
     */
    default List<MemberHit> members(MemberQuery query) {
        return memberPage(query).hits();
    }

    /**
     * A page of active members matching the query, with the cursor of the next page.
     *
     * @throws io.orgkit.core.ValidationException when the text is too long or the cursor is not one this search gave
     * @throws io.orgkit.core.NotFoundException when the query's department or role does not exist
     */
    SearchPage<MemberHit> memberPage(MemberQuery query);
}
