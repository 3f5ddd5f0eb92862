package io.orgkit.core.search;

import io.orgkit.core.members.Member;
import java.util.List;

/** A member that matched a search, with the matched ranges of each field (name, employeeId, phone, email). */
public record MemberHit(Member member, List<Highlight> highlights) {
    public MemberHit {
        highlights = List.copyOf(highlights);
    }
}
