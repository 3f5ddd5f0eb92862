package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.departments.Department;
import io.orgkit.core.departments.DepartmentId;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.roles.Role;
import io.orgkit.core.roles.RoleId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Cursor pages of members, department members and role holders through the API. */
class MemberPagingTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();
    private final Department sales = org.departments().create(org.root(), "Sales");
    private final Department east = org.departments().create(sales.id(), "East");

    private static List<Member> walk(BiFunction<@Nullable String, Integer, Page<Member>> listing, int size) {
        List<Member> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<Member> page = listing.apply(cursor, size);
            assertThat(page.items().size()).isLessThanOrEqualTo(size);
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return all;
    }

    @Test
    void everyListingWalksToTheSameMembersAsItsUnpagedForm() {
        List<Member> added = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            added.add(org.members().add(NewMember.named("Person " + (i % 4)).in(i % 2 == 0 ? sales.id() : east.id())));
        }
        Role r = org.roles().create(org.roles().createGroup("G").id(), "R");
        org.roles()
                .addMembers(r.id(), added.subList(0, 5).stream().map(Member::id).toList());

        assertThat(walk(org.members()::list, 3))
                .containsExactlyElementsOf(org.members().list());
        assertThat(walk((c, n) -> org.departments().members(sales.id(), false, c, n), 2))
                .containsExactlyElementsOf(org.departments().members(sales.id(), false));
        assertThat(walk((c, n) -> org.departments().members(sales.id(), true, c, n), 4))
                .containsExactlyElementsOf(org.departments().members(sales.id(), true))
                .hasSize(11);
        assertThat(walk((c, n) -> org.roles().members(r.id(), c, n), 1))
                .containsExactlyElementsOf(org.roles().members(r.id()))
                .hasSize(5);
    }

    @Test
    void aPageThatEndsTheListingHasNoNextCursor() {
        Page<Member> page = org.members().list(null, 10);
        assertThat(page.items()).hasSize(1);
        assertThat(page.hasNext()).isFalse();
        org.members().add(NewMember.named("Zed"));
        Page<Member> first = org.members().list(null, 1);
        assertThat(first.hasNext()).isTrue();
        assertThat(org.members().list(first.next(), 1).items())
                .extracting(Member::name)
                .containsExactly("Zed");
    }

    @Test
    void badLimitsAndCursorsAreRefusedNamingTheArgument() {
        for (int limit : new int[] {0, -1, Page.MAX_LIMIT + 1}) {
            assertThat(catchThrowableOfType(
                                    ValidationException.class,
                                    () -> org.members().list(null, limit))
                            .field())
                    .isEqualTo("limit");
        }
        assertThat(org.members().list(null, Page.MAX_LIMIT).items()).hasSize(1);
        for (String cursor : List.of("", "x", "m!!!", "mAAAA", "e" + "A".repeat(3), "m" + "A".repeat(2000))) {
            assertThat(catchThrowableOfType(
                                    ValidationException.class,
                                    () -> org.members().list(cursor, 5))
                            .field())
                    .as(cursor)
                    .isEqualTo("cursor");
        }
        assertThat(catchThrowableOfType(
                        NotFoundException.class,
                        () -> org.departments().members(DepartmentId.random(), false, null, 5)))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        NotFoundException.class, () -> org.roles().members(RoleId.random(), null, 5)))
                .isNotNull();
    }
}
