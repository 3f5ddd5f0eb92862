package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.departments.Department;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.roles.Role;
import io.orgkit.core.search.DepartmentHit;
import io.orgkit.core.search.Highlight;
import io.orgkit.core.search.MemberHit;
import io.orgkit.core.search.MemberQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();
    private final Department rnd = org.departments().create(org.root(), "R&D");
    private final Department backend = org.departments().create(rnd, "Backend");
    private final Department sales = org.departments().create(org.root(), "Sales");
    private final Member li = org.members().add(NewMember.named("Li Lei").employeeId("E-LI-1").in(backend.id()));
    private final Member bob = org.members().add(NewMember.named("Bob Li").email("bob.li@acme.example").in(sales.id()));
    private final Member lily = org.members().add(NewMember.named("Lily").phone("+86 135 1111 2222").in(rnd.id()));

    @Test
    void membersAreFoundByAnyPartOfTheirNameIgnoringCaseWithHighlights() {
        List<MemberHit> hits = org.search().members("li");

        assertThat(hits).extracting(h -> h.member().name()).containsExactly("Li Lei", "Lily", "Alice Zhang", "Bob Li");
        MemberHit bobHit = hits.get(3);
        assertThat(bobHit.highlights()).contains(new Highlight("name", 4, 6), new Highlight("email", 4, 6));
        assertThat(hits.get(0).highlights()).contains(new Highlight("name", 0, 2), new Highlight("employeeId", 2, 4));
    }

    @Test
    void membersAreFoundByPhoneAndEmployeeId() {
        assertThat(org.search().members("1351111")).extracting(MemberHit::member).containsExactly(lily);
        assertThat(org.search().members("e-li")).extracting(MemberHit::member).containsExactly(li);
    }

    @Test
    void filtersLimitHitsToADepartmentSubtreeOrARole() {
        Role reviewer = org.roles().create(org.roles().createGroup("G").id(), "Reviewer");
        org.roles().addMembers(reviewer.id(), List.of(bob.id()));

        assertThat(org.search().members(MemberQuery.of("li").inDepartment(rnd.id()))).extracting(MemberHit::member)
                .containsExactly(li, lily);
        assertThat(org.search().members(MemberQuery.of("li").withRole(reviewer.id()))).extracting(MemberHit::member)
                .containsExactly(bob);
        assertThat(org.search().members(MemberQuery.of("li").limit(1))).hasSize(1);
    }

    @Test
    void resignedMembersAreNotFound() {
        org.members().resign(List.of(bob.id()));
        assertThat(org.search().members("bob")).isEmpty();
    }

    @Test
    void departmentsAreFoundByNameWithHighlights() {
        List<DepartmentHit> hits = org.search().departments("END");
        assertThat(hits).extracting(h -> h.department().name()).containsExactly("Backend");
        assertThat(hits.get(0).highlights()).containsExactly(new Highlight("name", 4, 7));
    }

    @Test
    void aBlankSearchIsRefused() {
        assertThatThrownBy(() -> org.search().members("  ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> org.search().departments("")).isInstanceOf(ValidationException.class);
    }
}
