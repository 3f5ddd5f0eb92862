package io.orgkit.provider.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.members.Member;
import io.orgkit.core.members.PlatformAccount;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.tck.wecom.WeComSimDirectory;
import io.orgkit.tck.wecom.WeComSimUser;
import io.orgkit.tck.wecom.WeComSimulator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What WeCom does not send must not be overwritten, and what WeCom says of an account must be kept. */
class WeComFieldRestrictionTest {
    private final WeComSimulator sim = WeComSimulator.start();
    private final OrganizationService orgs = OrganizationService.builder()
            .store(new InMemoryStore())
            .secretKey(Base64.getEncoder().encodeToString(new byte[32]))
            .provider(new WeComProvider())
            .build();
    private final Org org = orgs.create(WeCom.organization(
            "ACME",
            sim.corpId(),
            "1000002",
            sim.secret(),
            Map.of(WeCom.BASE_URL, sim.baseUrl().toString(), WeCom.MAX_QPS, "0")));

    @AfterEach
    void close() {
        orgs.close();
        sim.close();
    }

    private Member amy() {
        return member("amy");
    }

    private Member member(String userId) {
        return org.members().findByExternalId(userId).orElseThrow();
    }

    @Test
    void aFieldWeComStopsSendingKeepsItsLocalValue() {
        sim.directory()
                .addUser(new WeComSimUser(
                        "amy",
                        "Amy",
                        "13800000001",
                        "amy@corp.example",
                        null,
                        null,
                        List.of(WeComSimDirectory.ROOT_ID),
                        WeComSimDirectory.ROOT_ID,
                        1));
        org.sync().run();
        sim.restrictFields(true);
        sim.directory().updateUser("amy", u -> u.withName("Amy Li"));

        org.sync().run();

        assertThat(amy().name()).isEqualTo("Amy Li");
        assertThat(amy().email()).isEqualTo("amy@corp.example");
        assertThat(amy().phone()).isNotNull();
    }

    @Test
    void disabledAndNotActivatedAccountsAreMembersMarkedAsSuch() {
        sim.directory()
                .addUser(
                        WeComSimUser.of("amy", "Amy", WeComSimDirectory.ROOT_ID).withStatus(4));
        sim.directory()
                .addUser(
                        WeComSimUser.of("ben", "Ben", WeComSimDirectory.ROOT_ID).withStatus(2));

        org.sync().run();

        assertThat(org.members().list()).extracting(Member::externalId).containsExactlyInAnyOrder("amy", "ben");
        assertThat(amy().platformAccount()).isEqualTo(PlatformAccount.NOT_ACTIVATED);
        assertThat(member("ben").platformAccount()).isEqualTo(PlatformAccount.DISABLED);
        assertThat(member("ben").isActive()).isTrue();
    }

    @Test
    void disabledAndNotActivatedAccountsAreSyncedAsMembersAndALeftOneResigns() {
        sim.directory()
                .addUser(
                        WeComSimUser.of("amy", "Amy", WeComSimDirectory.ROOT_ID).withStatus(4));
        sim.directory()
                .addUser(
                        WeComSimUser.of("ben", "Ben", WeComSimDirectory.ROOT_ID).withStatus(2));
        sim.directory().addUser(WeComSimUser.of("cid", "Cid", WeComSimDirectory.ROOT_ID));
        org.sync().run();
        sim.directory().updateUser("cid", u -> u.withStatus(5));

        org.sync().run();

        assertThat(org.members().list()).extracting(Member::externalId).containsExactlyInAnyOrder("amy", "ben");
        assertThat(org.members().resigned()).extracting(Member::externalId).containsExactly("cid");
    }
}
