package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.departments.Department;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();

    @Test
    void listenersHearAChangeOnlyAfterItIsStored() {
        List<Boolean> visibleWhenHeard = new ArrayList<>();
        OrganizationService svc = OrganizationService.builder()
                .store(f.store)
                .passwordHasher(new io.orgkit.core.accounts.BcryptPasswordHasher(4))
                .listener(e -> {
                    if (e instanceof OrgEvent.DepartmentCreated c) {
                        visibleWhenHeard.add(f.store
                                .read(s -> s.department(c.orgId(), c.department()))
                                .isPresent());
                    }
                })
                .build();
        svc.org(org.id()).departments().create(org.root(), "Heard");
        assertThat(visibleWhenHeard).containsExactly(true);
    }

    @Test
    void aRefusedChangeRaisesNoEvent() {
        Department a = org.departments().create(org.root(), "A");
        f.events.clear();
        int fed = f.feed().size();

        assertThatThrownBy(() -> org.departments().move(org.root().id(), a.id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> org.members().add(NewMember.named("X").phone("bad")))
                .isInstanceOf(ValidationException.class);

        assertThat(f.events).isEmpty();
        assertThat(f.feed()).hasSize(fed);
    }

    @Test
    void aFailingListenerDoesNotUndoTheChangeNorSilenceOthers() {
        List<OrgEvent> heard = new ArrayList<>();
        OrganizationService svc = OrganizationService.builder()
                .store(f.store)
                .listener(e -> {
                    throw new IllegalStateException("listener bug");
                })
                .listener(heard::add)
                .build();
        Department d = svc.org(org.id()).departments().create(org.root(), "Kept");
        assertThat(org.departments().get(d.id())).isEqualTo(d);
        assertThat(heard).hasSize(1);
    }

    @Test
    void everyEventIsFedUnderItsOwnTypeName() {
        assertThat(f.feed()).extracting(StoredEvent::type).startsWith("OrganizationCreated");
        assertThat(f.feed().get(0).payload()).contains("\"organizationType\":\"generic\"");
    }

    @Test
    void theFeedKeepsEveryEventInOrderForReplay() {
        Department a = org.departments().create(org.root(), "A");
        org.departments().rename(a.id(), "B");
        List<StoredEvent> all = f.feed();

        assertThat(all).extracting(StoredEvent::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(all.get(all.size() - 1).type()).isEqualTo("DepartmentRenamed");
        assertThat(all.get(all.size() - 1).payload()).contains("\"name\":\"B\"").contains(a.id().value());
        long cursor = all.get(all.size() - 2).sequence();
        assertThat(f.service.events().after(cursor, 10))
                .extracting(StoredEvent::type)
                .containsExactly("DepartmentRenamed");
        assertThat(f.service.events().after(0, 2)).hasSize(2);
    }
}
