package io.orgkit.core.search;

import io.orgkit.core.members.Member;
import java.util.List;

/** A member that matched a search, with the matched ranges of its fields. */
public record MemberHit(Member member, List<Highlight> highlights) {
    /** Copies the highlights. */
    public MemberHit {
        highlights = List.copyOf(highlights);
    }
}
