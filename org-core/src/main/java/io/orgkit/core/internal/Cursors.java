package io.orgkit.core.internal;

import io.orgkit.core.Page;
import io.orgkit.core.ValidationException;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The opaque cursors of paged listings: the position after the last item given, as base64url text with a kind tag
 * ({@code m} members by name and id, {@code e} the event feed by sequence). A cursor that is not one of ours, or of
 * another kind, is a {@link ValidationException} on {@code cursor}; a limit outside 1..{@value Page#MAX_LIMIT} one
 * on {@code limit}.
 */
public final class Cursors {
    /** The longest cursor accepted (a member's name is at most 100 characters, an id 36). */
    static final int MAX_CURSOR = 1_024;

    private Cursors() {}

    /** A member position: after (name, id). */
    public record MemberPosition(String name, MemberId id) {}

    /**
     * Checks a page limit.
     *
     * @throws ValidationException when it is outside 1..{@value Page#MAX_LIMIT}
     */
    public static int limit(int limit) {
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw ValidationException.of("limit", "must be 1-" + Page.MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }

    /** The position a member cursor names; null for no cursor (the first page). */
    public static @Nullable MemberPosition member(@Nullable String cursor) {
        String text = decode(cursor, 'm');
        if (text == null) {
            return null;
        }
        int sep = text.indexOf('\n');
        if (sep <= 0) {
            throw bad();
        }
        try {
            return new MemberPosition(text.substring(sep + 1), MemberId.of(text.substring(0, sep)));
        } catch (ValidationException e) {
            throw bad();
        }
    }

    /** The sequence an event cursor names; 0 for no cursor (the beginning). */
    public static long event(@Nullable String cursor) {
        String text = decode(cursor, 'e');
        if (text == null) {
            return 0;
        }
        try {
            long seq = Long.parseLong(text);
            if (seq < 0) {
                throw bad();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw bad();
        }
    }

    /** The cursor after {@code last}. */
    public static String afterMember(Member last) {
        return encode('m', last.id().value() + "\n" + last.name());
    }

    /** The cursor after {@code sequence}. */
    public static String afterEvent(long sequence) {
        return encode('e', Long.toString(sequence));
    }

    /**
     * A page of {@code fetched}, read with {@code limit + 1}: the extra item only says that there is a next page.
     */
    public static <T> Page<T> page(List<T> fetched, int limit, Function<T, String> cursorAfter) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, cursorAfter.apply(items.get(limit - 1)));
    }

    /**
     * Reads one page of members of {@code scope} (a query without position) after {@code cursor}.
     *
     * @throws ValidationException for a bad cursor or limit
     */
    public static Page<Member> members(
            io.orgkit.core.store.StoreSession s,
            io.orgkit.core.store.MemberPageQuery scope,
            @Nullable String cursor,
            int limit) {
        MemberPosition after = member(cursor);
        io.orgkit.core.store.MemberPageQuery q = new io.orgkit.core.store.MemberPageQuery(
                scope.orgId(),
                scope.department(),
                scope.subtreePath(),
                scope.role(),
                after == null ? null : after.name(),
                after == null ? null : after.id(),
                limit + 1);
        return page(s.memberPage(q), limit, Cursors::afterMember);
    }

    private static String encode(char kind, String text) {
        return kind + Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable String decode(@Nullable String cursor, char kind) {
        if (cursor == null) {
            return null;
        }
        if (cursor.length() < 2 || cursor.length() > MAX_CURSOR || cursor.charAt(0) != kind) {
            throw bad();
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.substring(1)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad();
        }
    }

    private static ValidationException bad() {
        return ValidationException.of(
                "cursor", "is not a cursor of this listing; pass the next() of the page before, unchanged");
    }
}
