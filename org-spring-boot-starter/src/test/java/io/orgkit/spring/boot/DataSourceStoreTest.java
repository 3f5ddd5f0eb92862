package io.orgkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orgkit.core.ConflictException;
import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.departments.Department;
import io.orgkit.core.members.NewMember;
import io.orgkit.core.organizations.Creator;
import io.orgkit.core.store.OrgStore;
import io.orgkit.store.jdbc.JdbcStore;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/** The store on the application's DataSource, and OrgKit's writes inside the application's transactions. */
class DataSourceStoreTest {
    private static DataSource database() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static ApplicationContextRunner withDatabase(DataSource ds) {
        return new ApplicationContextRunner()
                .withConfiguration(Fixtures.ORGKIT)
                .withBean(DataSource.class, () -> ds)
                .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(ds));
    }

    @Test
    void theStoreUsesTheApplicationsDataSourceWithTheConfiguredTablePrefix() {
        DataSource ds = database();
        withDatabase(ds).withPropertyValues("orgkit.store.table-prefix=hr_").run(context -> {
            assertThat(context.getBean(OrgStore.class)).isInstanceOf(JdbcStore.class);
            context.getBean(OrganizationService.class).ensureDefault(Creator.named("Alice"));
            Integer orgs = new JdbcTemplate(ds).queryForObject("select count(*) from hr_organizations", Integer.class);
            assertThat(orgs).isEqualTo(1);
        });
    }

    @Test
    void storeTypeDatasourceWithoutADataSourceStopsTheApplicationSayingWhy() {
        new ApplicationContextRunner()
                .withConfiguration(Fixtures.ORGKIT)
                .withPropertyValues("orgkit.store.type=datasource")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootMessage(context.getStartupFailure()))
                            .contains("orgkit.store.type=datasource needs exactly one DataSource");
                });
    }

    @Test
    void severalDataSourcesWithoutAPrimaryOneStopTheApplicationInsteadOfFallingBackToH2() {
        new ApplicationContextRunner()
                .withConfiguration(Fixtures.ORGKIT)
                .withBean("one", DataSource.class, DataSourceStoreTest::database)
                .withBean("two", DataSource.class, DataSourceStoreTest::database)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootMessage(context.getStartupFailure()))
                            .contains("several DataSource beans and none is @Primary");
                });
    }

    @Test
    void writesInsideASpringTransactionCommitAndRollBackWithIt() {
        DataSource ds = database();
        withDatabase(ds).run(context -> {
            OrganizationService orgs = context.getBean(OrganizationService.class);
            Org acme = orgs.ensureDefault(Creator.named("Alice"));
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            jdbc.execute("create table app_audit(what varchar(100))");

            tx.executeWithoutResult(status -> {
                acme.departments().create(acme.root(), "Kept");
                jdbc.update("insert into app_audit values ('kept')");
            });
            tx.executeWithoutResult(status -> {
                acme.departments().create(acme.root(), "Rolled back");
                jdbc.update("insert into app_audit values ('rolled back')");
                status.setRollbackOnly();
            });

            assertThat(names(acme.departments().children(acme.root().id()))).containsExactly("Kept");
            assertThat(jdbc.queryForList("select what from app_audit", String.class))
                    .containsExactly("kept");
        });
    }

    @Test
    void aSearchInsideATransactionSeesItsWritesAndTheSharedIndexNeverKeepsWhatWasRolledBack() {
        DataSource ds = database();
        withDatabase(ds).run(context -> {
            OrganizationService orgs = context.getBean(OrganizationService.class);
            Org acme = orgs.ensureDefault(Creator.named("Alice"));
            acme.members().add(NewMember.named("Bob Li"));
            assertThat(memberNames(acme, "li")).containsExactly("Bob Li"); // the index now holds the organization
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

            tx.executeWithoutResult(status -> {
                acme.members().add(NewMember.named("Carol Li"));
                assertThat(memberNames(acme, "li")).containsExactly("Bob Li", "Carol Li");
                status.setRollbackOnly();
            });
            // the next write takes the search revision the rolled-back one had
            acme.members().add(NewMember.named("Dan Li"));

            assertThat(memberNames(acme, "li")).containsExactly("Bob Li", "Dan Li");
            assertThat(memberNames(acme, "carol")).isEmpty();
            JdbcStore store = (JdbcStore) context.getBean(OrgStore.class);
            assertThat(store.searchIndexedSubjects()).isPositive();
        });
    }

    private static List<String> memberNames(Org org, String query) {
        return org.search().members(query).stream().map(h -> h.member().name()).toList();
    }

    @Test
    void aFailedOrgKitCallInsideATransactionRollsTheWholeTransactionBackEvenWhenTheApplicationCatchesIt() {
        DataSource ds = database();
        withDatabase(ds).run(context -> {
            Org acme = context.getBean(OrganizationService.class).ensureDefault(Creator.named("Alice"));
            acme.members()
                    .add(NewMember.named("Bob").employeeId("E1").in(acme.root().id()));
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

            assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                        acme.departments().create(acme.root(), "Half done");
                        try {
                            acme.members()
                                    .add(NewMember.named("Bob again")
                                            .employeeId("E1")
                                            .in(acme.root().id()));
                        } catch (ConflictException expected) {
                            // the application carries on; the transaction must still not commit half the work
                        }
                    }))
                    .isInstanceOf(UnexpectedRollbackException.class);

            assertThat(names(acme.departments().children(acme.root().id()))).isEmpty();
            assertThat(acme.members().count()).isEqualTo(2); // Alice and Bob
        });
    }

    @Test
    void aTransactionOfAnotherDataSourceIsNotJoinedOrgKitCommitsOnItsOwn() {
        DataSource orgkit = database();
        DataSource other = database();
        withDatabase(orgkit).run(context -> {
            Org acme = context.getBean(OrganizationService.class).ensureDefault(Creator.named("Alice"));
            TransactionTemplate otherTx = new TransactionTemplate(new DataSourceTransactionManager(other));
            otherTx.executeWithoutResult(status -> {
                new JdbcTemplate(other).execute("create table t(x int)");
                acme.departments().create(acme.root(), "Committed");
                status.setRollbackOnly();
            });
            assertThat(names(acme.departments().children(acme.root().id()))).containsExactly("Committed");
        });
    }

    @Test
    void withJoiningSwitchedOffEachOrgKitWriteCommitsOnItsOwn() {
        DataSource ds = database();
        withDatabase(ds)
                .withPropertyValues("orgkit.store.join-spring-transactions=false")
                .run(context -> {
                    Org acme = context.getBean(OrganizationService.class).ensureDefault(Creator.named("Alice"));
                    TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
                    tx.executeWithoutResult(status -> {
                        acme.departments().create(acme.root(), "Committed on its own");
                        status.setRollbackOnly();
                    });
                    assertThat(names(acme.departments().children(acme.root().id())))
                            .containsExactly("Committed on its own");
                });
    }

    private static List<String> names(List<Department> departments) {
        return departments.stream().map(Department::name).toList();
    }

    static String rootMessage(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }
}
