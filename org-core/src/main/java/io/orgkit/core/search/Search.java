package io.orgkit.core.search;

import java.util.List;

/** Finds departments and active members of one organization; hits carry ranges for highlighting. */
public interface Search {

    /** Departments whose name contains {@code text} (ignoring case), best matches first. */
    List<DepartmentHit> departments(String text);

    /** Active members whose name, employee ID, phone or email contains {@code text}. */
    default List<MemberHit> members(String text) {
        return members(MemberQuery.of(text));
    }

    List<MemberHit> members(MemberQuery query);
}
