package io.orgkit.core.sync;

import io.orgkit.core.ValidationException;
import io.orgkit.core.internal.Check;
import io.orgkit.core.internal.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which part of the platform's directory a synced organization takes: the platform departments whose subtrees are
 * included, and the subtrees excluded inside them, by the platform's department ids. {@link #ALL} (nothing listed)
 * takes the whole directory; an empty {@link #included()} with some {@link #excluded()} takes the whole directory
 * but those subtrees.
 *
 * <p>A department is in scope when the nearest of itself and its ancestors that the scope names is included (the
 * platform's root counts as included when {@code included} is empty). So an included department inside an excluded
 * one is in scope again. A member is in scope when any of its departments is; it keeps only its departments in
 * scope (its main department when that one is in scope, otherwise the first of them in scope). Locally, a department
 * in scope keeps its platform parent when that parent is in scope too; otherwise (the top of an included subtree) it
 * hangs directly under the organization's root department, which stays linked to the platform's root.
 *
 * <pre>{@code
 * SyncScope.include("100").exclude("130")    // the subtree of department 100 without the subtree of 130
 * SyncScope.ALL.exclude("900")               // everything but the subtree of 900
 * }</pre>
 *
 * @param included the platform ids of the departments whose subtrees are taken (sorted); empty for the whole directory
 * @param excluded the platform ids of the departments whose subtrees are left out (sorted)
 */
public record SyncScope(SortedSet<String> included, SortedSet<String> excluded) {

    /** The whole directory. */
    public static final SyncScope ALL = new SyncScope(new TreeSet<>(), new TreeSet<>());

    /** Most department ids one scope may name, included and excluded together. */
    public static final int MAX_DEPARTMENTS = 200;

    /** Longest department id a scope accepts. */
    public static final int MAX_ID_LENGTH = 128;

    /**
     * Checks and copies the ids.
     *
     * @throws ValidationException (field {@code scope}) when an id is blank or longer than {@value #MAX_ID_LENGTH}
     *     characters, when one id is both included and excluded, or when more than {@value #MAX_DEPARTMENTS} ids are
     *     named
     */
    public SyncScope {
        Check.notNull(included, "included");
        Check.notNull(excluded, "excluded");
        included = Collections.unmodifiableSortedSet(checked(included, "included"));
        excluded = Collections.unmodifiableSortedSet(checked(excluded, "excluded"));
        if (included.size() + excluded.size() > MAX_DEPARTMENTS) {
            throw ValidationException.of(
                    "scope",
                    "a sync scope names at most " + MAX_DEPARTMENTS + " departments, this one names "
                            + (included.size() + excluded.size()) + "; include larger subtrees instead");
        }
        List<String> both = new ArrayList<>(included);
        both.retainAll(excluded);
        if (!both.isEmpty()) {
            throw ValidationException.of(
                    "scope",
                    "department " + Quote.of(both.get(0)) + " is both included and excluded; name it on one side");
        }
    }

    private static TreeSet<String> checked(Collection<String> ids, String side) {
        TreeSet<String> out = new TreeSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw ValidationException.of("scope", "an " + side + " department id is blank");
            }
            if (id.length() > MAX_ID_LENGTH) {
                throw ValidationException.of(
                        "scope",
                        "the " + side + " department id " + Quote.of(id) + " is longer than " + MAX_ID_LENGTH
                                + " characters");
            }
            if (!id.equals(id.strip())) {
                throw ValidationException.of(
                        "scope", "the " + side + " department id " + Quote.of(id) + " has spaces around it");
            }
            out.add(id);
        }
        return out;
    }

    /**
     * A scope of the subtrees of {@code departmentIds} (platform ids).
     *
     * @throws ValidationException (field {@code scope}) when an id is blank, too long, or there are too many
     */
    public static SyncScope include(String... departmentIds) {
        return include(Arrays.asList(departmentIds));
    }

    /**
     * A scope of the subtrees of {@code departmentIds} (platform ids).
     *
     * @throws ValidationException (field {@code scope}) when an id is blank, too long, or there are too many
     */
    public static SyncScope include(Collection<String> departmentIds) {
        return new SyncScope(new TreeSet<>(departmentIds), new TreeSet<>());
    }

    /**
     * This scope with the subtrees of {@code departmentIds} (platform ids) left out as well.
     *
     * @throws ValidationException (field {@code scope}) when an id is blank, too long, also included, or there are too
     *     many
     */
    public SyncScope exclude(String... departmentIds) {
        return exclude(Arrays.asList(departmentIds));
    }

    /**
     * This scope with the subtrees of {@code departmentIds} (platform ids) left out as well.
     *
     * @throws ValidationException (field {@code scope}) when an id is blank, too long, also included, or there are too
     *     many
     */
    public SyncScope exclude(Collection<String> departmentIds) {
        TreeSet<String> more = new TreeSet<>(excluded);
        more.addAll(departmentIds);
        return new SyncScope(new TreeSet<>(included), more);
    }

    /** Whether this scope takes the whole directory (it names no department). */
    public boolean isAll() {
        return included.isEmpty() && excluded.isEmpty();
    }

    /** Every department id the scope names, included ones first. */
    public List<String> named() {
        List<String> all = new ArrayList<>(included);
        all.addAll(excluded);
        return all;
    }

    @Override
    public String toString() {
        return isAll()
                ? "SyncScope[all]"
                : "SyncScope[include=" + shown(included) + ", exclude=" + shown(excluded) + "]";
    }

    private static String shown(SortedSet<String> ids) {
        if (ids.isEmpty()) {
            return "[]";
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (out.size() == 10) {
                out.add("... " + (ids.size() - 10) + " more");
                break;
            }
            out.add(Quote.cut(id));
        }
        return out.toString();
    }
}
