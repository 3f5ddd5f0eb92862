package io.orgkit.core.internal;

import io.orgkit.core.ConflictException;
import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.store.StoreSession;
import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one sibling-name rule of generic organizations: two departments under one parent never have the same name,
 * compared after NFKC (full-width and half-width forms are one: {@code Ｓａｌｅｓ} is {@code Sales}) and ignoring case.
 * The API (create, rename, move, merge) and import (which creates missing departments and finds a path's
 * departments by the same comparison) refuse what would break it. Syncs mirror the platform and keep a platform's
 * same-name siblings (synced organizations' departments are not edited here).
 */
public final class SiblingNames {
    private SiblingNames() {}

    /** The form sibling names are compared in. */
    public static String key(String name) {
        String v = Text.normalize(name);
        String nfkc =
                Normalizer.isNormalized(v, Normalizer.Form.NFKC) ? v : Normalizer.normalize(v, Normalizer.Form.NFKC);
        return nfkc.toLowerCase(Locale.ROOT);
    }

    /**
     * Refuses {@code name} under {@code parent} when another department there (other than {@code self}) has the same
     * name in {@link #key} form.
     *
     * @throws ConflictException on field {@code name}, naming the sibling
     */
    public static void check(StoreSession s, OrgId org, Department parent, String name, @Nullable DepartmentId self) {
        String key = key(name);
        for (Department sibling : s.children(org, parent.id())) {
            if (!sibling.id().equals(self) && key(sibling.name()).equals(key)) {
                throw ConflictException.onField(
                        "name",
                        "department " + Quote.of(sibling.name()) + " under " + Quote.of(parent.name())
                                + " already has the name " + Quote.of(name)
                                + " (names of sibling departments are compared ignoring case and full-/half-width"
                                + " forms); choose another name or another parent");
            }
        }
    }
}
