package io.orgkit.core.internal.search;

import io.orgkit.core.ValidationException;
import io.orgkit.core.store.TermMatch;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** The opaque cursor of a search page: the last hit's (rank, sort name, id), URL-safe. */
public final class Cursor {
    private static final int MAX = 2048;

    private Cursor() {}

    public static String encode(TermMatch last) {
        String raw = "c1\n" + last.rank() + "\n" + last.id() + "\n" + last.sortName();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor stands for, null for none.
     *
     * @throws ValidationException when {@code cursor} is not one {@link #encode} gave
     */
    public static @Nullable TermMatch decode(@Nullable String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            if (cursor.length() > MAX) {
                throw new IllegalArgumentException("too long");
            }
            String[] p = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 4);
            if (p.length != 4 || !p[0].equals("c1")) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new TermMatch(p[2], Integer.parseInt(p[1]), p[3]);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("cursor", "is not a cursor this search gave; search again without it");
        }
    }
}
