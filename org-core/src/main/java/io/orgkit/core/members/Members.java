package io.orgkit.core.members;

import io.orgkit.core.departments.DepartmentId;
import java.util.Collection;
import java.util.List;

/**
 * The members of one organization. Names are 1-100 characters; employee ID, phone and email are unique
 * within the organization when present; phones and emails are validated. Synced organizations refuse
 * changes here (edit on the platform, then sync).
 */
public interface Members {

    Member add(NewMember member);

    /** Adds all or none: one invalid entry refuses the whole list. */
    List<Member> addAll(List<NewMember> members);

    Member get(MemberId id);

    Member update(MemberId id, MemberUpdate update);

    /** Replaces the member's departments; {@code main} must be one of them. */
    Member moveTo(MemberId id, List<DepartmentId> departments, DepartmentId main);

    /**
     * Resigns members in one call: each becomes resigned (kept, with the date), leaves department listings
     * and search, every role and every leader post. Already resigned members are left as they are.
     * Refused as a whole if any id is unknown.
     */
    List<Member> resign(Collection<MemberId> ids);

    /** Active members of the organization, by name. */
    List<Member> list();

    /** Resigned members, by name. */
    List<Member> resigned();

    long count();
}
