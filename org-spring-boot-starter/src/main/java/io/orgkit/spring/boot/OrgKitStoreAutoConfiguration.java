package io.orgkit.spring.boot;

import io.orgkit.core.OrganizationService;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.core.store.OrgStore;
import io.orgkit.spring.boot.internal.SpringTransactionDataSource;
import io.orgkit.store.jdbc.JdbcStore;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * The store OrgKit keeps its organizations in ({@code orgkit.store.type}, default {@code auto}): the application's
 * {@link DataSource} when it has one ({@link JdbcStore} on it, tables prefixed {@code orgkit.store.table-prefix},
 * OrgKit's writes joining the Spring-managed transaction of the calling thread), else the embedded H2 file database
 * under {@code orgkit.store.directory}. Replace it by declaring an {@link OrgStore} bean. An application that declares
 * its own {@link OrganizationService} gets no store bean (its service has its store).
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
        })
@EnableConfigurationProperties(OrgKitProperties.class)
public class OrgKitStoreAutoConfiguration {
    private static final String SPRING_JDBC = "org.springframework.jdbc.datasource.DataSourceUtils";

    /** Used by Spring Boot; applications never create it. */
    public OrgKitStoreAutoConfiguration() {}

    /**
     * The store. The service bean closes it (closing the embedded database; never the application's DataSource).
     *
     * @param properties the {@code orgkit.*} settings
     * @param dataSources the application's DataSource, if any
     * @return the store
     * @throws IllegalStateException when {@code orgkit.store.type=datasource} and there is no single DataSource, or
     *     when the type is {@code auto} and there are several DataSources, none of them primary
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean({OrgStore.class, OrganizationService.class})
    public OrgStore orgKitStore(OrgKitProperties properties, ObjectProvider<DataSource> dataSources) {
        OrgKitProperties.Store store = properties.getStore();
        return switch (store.getType()) {
            case MEMORY -> new InMemoryStore();
            case H2 -> JdbcStore.h2(store.getDirectory());
            case DATASOURCE -> {
                DataSource ds = dataSources.getIfUnique();
                if (ds == null) {
                    throw new IllegalStateException(
                            "orgkit.store.type=datasource needs exactly one DataSource bean (or a @Primary one)");
                }
                yield jdbc(ds, store);
            }
            case AUTO -> {
                DataSource ds = dataSources.getIfUnique();
                if (ds == null && dataSources.stream().findAny().isPresent()) {
                    throw new IllegalStateException("several DataSource beans and none is @Primary: mark the one for"
                            + " OrgKit @Primary, declare an OrgStore bean, or set orgkit.store.type=h2");
                }
                yield ds != null ? jdbc(ds, store) : JdbcStore.h2(store.getDirectory());
            }
        };
    }

    private static OrgStore jdbc(DataSource ds, OrgKitProperties.Store store) {
        boolean join = store.isJoinSpringTransactions()
                && ClassUtils.isPresent(SPRING_JDBC, OrgKitStoreAutoConfiguration.class.getClassLoader());
        if (!join) {
            return JdbcStore.builder(ds)
                    .tablePrefix(store.getTablePrefix())
                    .searchCacheSize(store.getSearchCacheSize())
                    .build();
        }
        SpringTransactionDataSource joined = new SpringTransactionDataSource(ds);
        return JdbcStore.builder(joined)
                .tablePrefix(store.getTablePrefix())
                .searchCacheSize(store.getSearchCacheSize())
                .uncommittedWrites(joined::hasUncommittedOrgKitWrites)
                .build();
    }
}
