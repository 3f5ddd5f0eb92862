package io.orgkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orgkit.core.departments.Department;
import io.orgkit.core.events.Actor;
import io.orgkit.core.events.ActorKind;
import io.orgkit.core.events.EventFeed;
import io.orgkit.core.events.FeedEvent;
import io.orgkit.core.events.OrgEvent;
import io.orgkit.core.events.OrgEventListener;
import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportOptions;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.MemberUpdate;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.GenericOrganization;
import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.roles.Role;
import io.orgkit.core.spi.Secret;
import io.orgkit.core.store.StoredEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The feed read back as typed events with their organization, time and actor. */
class TypedFeedTest {
    private final Fixtures f = new Fixtures();
    private final Org org = f.acme();

    private List<FeedEvent> all(io.orgkit.core.organizations.@Nullable OrgId of, int size) {
        List<FeedEvent> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<FeedEvent> page = of == null
                    ? f.service.events().read(cursor, size)
                    : f.service.events().read(of, cursor, size);
            assertThat(page.items().size()).isLessThanOrEqualTo(size);
            out.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return out;
    }

    @Test
    void everyKindOfEventReadsBackEqualToWhatListenersHeard() {
        f.events.clear();
        long start = f.feed().size();
        Department a = org.departments().create(org.root(), "A");
        Department b = org.departments().create(org.root(), "B");
        Department c = org.departments().create(a, "C");
        org.departments().rename(c.id(), "C2");
        org.departments().move(c.id(), b.id());
        Member bob = org.members().add(NewMember.named("Bob").in(a.id()));
        org.members().update(bob.id(), MemberUpdate.create().position("Lead"));
        org.departments().setManagers(a.id(), List.of(bob.id()));
        Role r = org.roles().create(org.roles().createGroup("G").id(), "R");
        org.roles().addMembers(r.id(), List.of(bob.id()));
        org.setLeader(bob.id());
        org.rename("Acme 2");
        org.allowJoin(false);
        org.departments().merge(List.of(b.id()), a.id());
        org.members().resign(List.of(bob.id()));
        org.members().rehire(bob.id());
        org.members().erase(bob.id());
        Org synced = f.service.create(
                NewOrganization.synced("static", "Remote", Map.of("tenant", "t"), Map.of("token", Secret.of("tok"))));
        synced.sync().run();

        List<OrgEvent> read =
                all(null, 7).stream().skip(start).map(FeedEvent::event).toList();
        assertThat(read).isEqualTo(scrubbed(f.events));
        assertThat(read)
                .extracting(OrgEvent::type)
                .contains(
                        "DepartmentCreated",
                        "DepartmentRenamed",
                        "DepartmentMoved",
                        "MemberAdded",
                        "MemberUpdated",
                        "DepartmentManagersChanged",
                        "RoleMembersChanged",
                        "LeaderChanged",
                        "OrganizationRenamed",
                        "JoinPolicyChanged",
                        "DepartmentsMerged",
                        "MemberResigned",
                        "MemberReactivated",
                        "MemberErased",
                        "OrganizationCreated");
    }

    /** What listeners heard, with the erased member's name as the feed keeps it. */
    private static List<OrgEvent> scrubbed(List<OrgEvent> heard) {
        return heard.stream()
                .map(e -> e instanceof OrgEvent.MemberAdded a && a.name().equals("Bob")
                        ? new OrgEvent.MemberAdded(a.orgId(), a.at(), a.member(), Member.ERASED_NAME)
                        : e)
                .toList();
    }

    @Test
    void eachEntrySaysWhoMadeTheChange() {
        List<Actor> heard = new ArrayList<>();
        OrganizationService svc = OrganizationService.builder()
                .store(f.store)
                .passwordHasher(new io.orgkit.core.accounts.BcryptPasswordHasher(4))
                .provider(new Fixtures.StaticProvider())
                .secretKey("test-secret-key-0123456789")
                .listener(new OrgEventListener() {
                    @Override
                    public void on(OrgEvent event) {}

                    @Override
                    public void on(OrgEvent event, Actor actor) {
                        heard.add(actor);
                    }
                })
                .build();
        Org alices = svc.org(org.id()).as(Actor.caller("alice"));
        long start = f.feed().size();

        Member bob = alices.members().add(NewMember.named("Bob"));
        svc.org(org.id())
                .as(Actor.member(bob.id()))
                .members()
                .update(bob.id(), MemberUpdate.create().position("X"));
        svc.org(org.id()).departments().create(org.root(), "Nobody's");
        alices.io()
                .importMembers(
                        new ByteArrayInputStream("Name\nCarol\n".getBytes(StandardCharsets.UTF_8)),
                        FileFormat.CSV,
                        ImportOptions.defaults());
        Org other = svc.as(Actor.caller("ops-bot"))
                .create(GenericOrganization.named("Other", "Olga").build());

        List<FeedEvent> entries = all(null, 1000).subList((int) start, f.feed().size());
        assertThat(entries.get(0).actor()).isEqualTo(Actor.caller("alice"));
        assertThat(entries.get(1).actor()).isEqualTo(Actor.member(bob.id()));
        assertThat(entries.get(2).actor()).isEqualTo(Actor.UNATTRIBUTED);
        assertThat(entries.get(3).actor()).isEqualTo(new Actor(ActorKind.IMPORT, "alice"));
        assertThat(entries.get(3).event()).isInstanceOf(OrgEvent.MemberAdded.class);
        assertThat(entries.stream().filter(e -> e.orgId().equals(other.id())))
                .extracting(FeedEvent::actor)
                .containsOnly(Actor.caller("ops-bot"));
        assertThat(heard).hasSize(entries.size());
        assertThat(heard.get(0)).isEqualTo(Actor.caller("alice"));
        assertThat(entries.get(0).at()).isEqualTo(entries.get(0).event().at());
    }

    @Test
    void theFeedOfOneOrganizationHoldsItsEntriesOnlyAndACursorResumesAfterAnEntry() {
        Org other = f.service.create(GenericOrganization.named("Other", "Olga").build());
        for (int i = 0; i < 5; i++) {
            org.departments().create(org.root(), "A" + i);
            other.departments().create(other.root(), "B" + i);
        }

        List<FeedEvent> everything = all(null, 1000);
        List<FeedEvent> mine = all(org.id(), 3);
        assertThat(mine)
                .isEqualTo(everything.stream()
                        .filter(e -> e.orgId().equals(org.id()))
                        .toList());
        assertThat(all(other.id(), 2))
                .allMatch(e -> e.orgId().equals(other.id()))
                .isNotEmpty();

        FeedEvent middle = mine.get(4);
        assertThat(f.service.events().read(org.id(), middle.cursor(), 1000).items())
                .isEqualTo(mine.subList(5, mine.size()));
        assertThat(f.service
                        .events()
                        .read(EventFeed.cursorAfter(middle.sequence()), 1)
                        .items()
                        .get(0)
                        .sequence())
                .isGreaterThan(middle.sequence());
        assertThat(f.service
                        .events()
                        .read(org.id(), mine.get(mine.size() - 1).cursor(), 10)
                        .hasNext())
                .isFalse();
    }

    @Test
    void entriesStoredBeforeActorsWereRecordedReadAsUnattributedAndUnknownTypesAreReported() {
        Department d = org.departments().create(org.root(), "Old");
        long seq = f.store.write(s -> s.appendEvent(
                org.id(),
                "DepartmentRenamed",
                "{\"orgId\":\"" + org.id().value() + "\",\"at\":\"2026-01-01T00:00:00Z\",\"department\":\""
                        + d.id().value() + "\",\"name\":\"Older\"}",
                java.time.Instant.parse("2026-01-01T00:00:00Z")));

        FeedEvent old = f.service
                .events()
                .read(EventFeed.cursorAfter(seq - 1), 1)
                .items()
                .get(0);
        assertThat(old.actor()).isEqualTo(Actor.UNATTRIBUTED);
        assertThat(old.event())
                .isEqualTo(new OrgEvent.DepartmentRenamed(
                        org.id(), java.time.Instant.parse("2026-01-01T00:00:00Z"), d.id(), "Older"));

        f.store.write(s -> s.appendEvent(org.id(), "FromTheFuture", "{}", java.time.Instant.EPOCH));
        StorageException e = catchThrowableOfType(
                StorageException.class, () -> f.service.events().read(EventFeed.cursorAfter(seq), 5));
        assertThat(e).hasMessageContaining("'FromTheFuture'").hasMessageContaining("does not know");
    }

    @Test
    void badCursorsLimitsAndActorsAreRefusedNamingTheArgument() {
        String memberCursor = org.members().list(null, 1).next();
        org.members().add(NewMember.named("Zed"));
        String memberCursor2 = org.members().list(null, 1).next();
        for (String cursor : new String[] {"e", "e!!", "x123", memberCursor2}) {
            if (cursor == null) {
                continue;
            }
            assertThat(catchThrowableOfType(
                                    ValidationException.class,
                                    () -> f.service.events().read(cursor, 5))
                            .field())
                    .as(cursor)
                    .isEqualTo("cursor");
        }
        assertThat(memberCursor).isNull();
        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> f.service.events().read(null, 0))
                        .field())
                .isEqualTo("limit");
        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> f.service.events().read(null, null, 5))
                        .field())
                .isEqualTo("org");
        assertThat(catchThrowableOfType(ValidationException.class, () -> Actor.caller(" "))
                        .field())
                .isEqualTo("principal");
        assertThat(catchThrowableOfType(ValidationException.class, () -> Actor.caller("x".repeat(201)))
                        .field())
                .isEqualTo("principal");
        assertThat(catchThrowableOfType(ValidationException.class, () -> Actor.caller("al\u0000ice"))
                        .field())
                .isEqualTo("principal");
        assertThat(catchThrowableOfType(ValidationException.class, () -> org.as(null))
                        .field())
                .isEqualTo("actor");
        assertThat(catchThrowableOfType(ValidationException.class, () -> EventFeed.cursorAfter(-1))
                        .field())
                .isEqualTo("sequence");
    }

    @Test
    void theStoredPayloadStaysTheEventsJsonWithTheActorBesideItsFields() {
        org.as(Actor.caller("alice")).departments().create(org.root(), "Json");
        List<StoredEvent> stored = f.feed();
        String payload = stored.get(stored.size() - 1).payload();
        assertThat(payload)
                .contains("\"name\":\"Json\"")
                .contains("\"parent\":\"" + org.root().id().value() + "\"")
                .contains("\"actor\":{\"kind\":\"CALLER\",\"id\":\"alice\"}");
    }
}
