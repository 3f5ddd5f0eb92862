package io.orgkit.spring.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of OrgKit in a Spring Boot application, under {@code orgkit.*}. The table of every property is in
 * {@code docs/spring-boot.md}; the IDE completes them from the generated metadata.
 */
@ConfigurationProperties("orgkit")
public class OrgKitProperties {
    /**
     * Key that encrypts provider secrets (app secrets, client secrets) at rest, at least 16 characters. Read it
     * from a secret store or the environment (ORGKIT_SECRET_KEY), never from a committed file. Without one,
     * organizations that need secrets cannot be created.
     */
    private @Nullable String secretKey;

    /** Earlier keys, still accepted for reading secrets sealed with them (key rotation). */
    private List<String> previousSecretKeys = new ArrayList<>();

    /** Name given to the default organization when it is first created. */
    private String defaultOrganizationName = "Default Organization";

    /** Region (ISO 3166 code) in which phone numbers without a country code are read. */
    private String phoneRegion = "CN";

    /** Allows provider base URLs over plain http (tests against a local simulator only). */
    private boolean allowInsecureHttp;

    private final Store store = new Store();
    private final Sync sync = new Sync();
    private final Web web = new Web();
    private final Health health = new Health();

    /** @return the key that encrypts provider secrets, or null when none is set */
    public @Nullable String getSecretKey() {
        return secretKey;
    }

    /** @param secretKey the key that encrypts provider secrets */
    public void setSecretKey(@Nullable String secretKey) {
        this.secretKey = secretKey;
    }

    /** @return earlier keys accepted for reading */
    public List<String> getPreviousSecretKeys() {
        return previousSecretKeys;
    }

    /** @param previousSecretKeys earlier keys accepted for reading */
    public void setPreviousSecretKeys(List<String> previousSecretKeys) {
        this.previousSecretKeys = previousSecretKeys;
    }

    /** @return the name of the default organization */
    public String getDefaultOrganizationName() {
        return defaultOrganizationName;
    }

    /** @param defaultOrganizationName the name of the default organization */
    public void setDefaultOrganizationName(String defaultOrganizationName) {
        this.defaultOrganizationName = defaultOrganizationName;
    }

    /** @return the region phone numbers without a country code are read in */
    public String getPhoneRegion() {
        return phoneRegion;
    }

    /** @param phoneRegion the region phone numbers without a country code are read in */
    public void setPhoneRegion(String phoneRegion) {
        this.phoneRegion = phoneRegion;
    }

    /** @return whether provider base URLs may use plain http */
    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    /** @param allowInsecureHttp whether provider base URLs may use plain http */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    /** @return where organizations are stored */
    public Store getStore() {
        return store;
    }

    /** @return scheduled syncs */
    public Sync getSync() {
        return sync;
    }

    /** @return the HTTP endpoints */
    public Web getWeb() {
        return web;
    }

    /** @return the health indicators */
    public Health getHealth() {
        return health;
    }

    /** Which store the auto-configuration builds. */
    public enum StoreType {
        /** The application's DataSource when it has exactly one, else the embedded H2 file. */
        AUTO,
        /** The application's DataSource (fails to start without one). */
        DATASOURCE,
        /** The embedded H2 file database under {@code orgkit.store.directory}. */
        H2,
        /** In memory: lost at shutdown (tests, demos). */
        MEMORY
    }

    /** Where organizations are stored. */
    public static class Store {
        /** Which store to use. */
        private StoreType type = StoreType.AUTO;

        /** Directory of the embedded H2 database (created if missing). */
        private Path directory = Path.of("data", "orgkit");

        /** Prefix of OrgKit's tables in the application's database. */
        private String tablePrefix = "orgkit_";

        /**
         * Whether OrgKit's writes join the Spring-managed transaction of the calling thread (one commit or
         * rollback with the application's own writes on the same DataSource). Off: each OrgKit write commits on a
         * connection of its own.
         */
        private boolean joinSpringTransactions = true;

        /**
         * How many members and departments, across organizations, the JDBC store keeps in its in-memory search
         * indexes (about 2 KB of heap each); 0 searches the database's rows instead.
         */
        private int searchCacheSize = 200_000;

        /** @return which store to use */
        public StoreType getType() {
            return type;
        }

        /** @param type which store to use */
        public void setType(StoreType type) {
            this.type = type;
        }

        /** @return the directory of the embedded H2 database */
        public Path getDirectory() {
            return directory;
        }

        /** @param directory the directory of the embedded H2 database */
        public void setDirectory(Path directory) {
            this.directory = directory;
        }

        /** @return the prefix of OrgKit's tables */
        public String getTablePrefix() {
            return tablePrefix;
        }

        /** @param tablePrefix the prefix of OrgKit's tables */
        public void setTablePrefix(String tablePrefix) {
            this.tablePrefix = tablePrefix;
        }

        /** @return how many members and departments the JDBC store's search indexes hold at most */
        public int getSearchCacheSize() {
            return searchCacheSize;
        }

        /** @param searchCacheSize how many members and departments the search indexes hold at most; 0 for none */
        public void setSearchCacheSize(int searchCacheSize) {
            this.searchCacheSize = searchCacheSize;
        }

        /** @return whether OrgKit's writes join Spring-managed transactions */
        public boolean isJoinSpringTransactions() {
            return joinSpringTransactions;
        }

        /** @param joinSpringTransactions whether OrgKit's writes join Spring-managed transactions */
        public void setJoinSpringTransactions(boolean joinSpringTransactions) {
            this.joinSpringTransactions = joinSpringTransactions;
        }
    }

    /** Scheduled syncs, per organization (opt-in: nothing runs unless a cron is set). */
    public static class Sync {
        /**
         * Schedules by organization: the key is the organization's id or its exact name. An organization without
         * an entry is synced only when the application asks.
         */
        private Map<String, OrganizationSync> organizations = new LinkedHashMap<>();

        /** @return the schedules by organization id or name */
        public Map<String, OrganizationSync> getOrganizations() {
            return organizations;
        }

        /** @param organizations the schedules by organization id or name */
        public void setOrganizations(Map<String, OrganizationSync> organizations) {
            this.organizations = organizations;
        }
    }

    /** The schedule of one organization's syncs. */
    public static class OrganizationSync {
        /**
         * Cron expression (Spring's six fields, e.g. "0 0 2 * * *") of the full sync ({@code sync().run()}): the
         * scheduled sync of an organization without callbacks, and the reconciliation of one with callbacks.
         */
        private @Nullable String cron;

        /**
         * Cron expression of the incremental sync from the platform's delta feed ({@code sync().runChanges()}),
         * for providers that have one.
         */
        private @Nullable String changesCron;

        /** Time zone of the cron expressions (the JVM's default when unset). */
        private @Nullable String zone;

        /** Age of the last successful sync after which the health indicator reports DOWN (the default when unset). */
        private @Nullable Duration maxAge;

        /** @return the cron expression of the full sync */
        public @Nullable String getCron() {
            return cron;
        }

        /** @param cron the cron expression of the full sync */
        public void setCron(@Nullable String cron) {
            this.cron = cron;
        }

        /** @return the cron expression of the incremental sync */
        public @Nullable String getChangesCron() {
            return changesCron;
        }

        /** @param changesCron the cron expression of the incremental sync */
        public void setChangesCron(@Nullable String changesCron) {
            this.changesCron = changesCron;
        }

        /** @return the time zone of the cron expressions */
        public @Nullable String getZone() {
            return zone;
        }

        /** @param zone the time zone of the cron expressions */
        public void setZone(@Nullable String zone) {
            this.zone = zone;
        }

        /** @return the age after which this organization's health is DOWN */
        public @Nullable Duration getMaxAge() {
            return maxAge;
        }

        /** @param maxAge the age after which this organization's health is DOWN */
        public void setMaxAge(@Nullable Duration maxAge) {
            this.maxAge = maxAge;
        }
    }

    /** The HTTP endpoints (Spring MVC applications only). */
    public static class Web {
        /** Whether the callback endpoint is mounted. */
        private boolean callbacksEnabled = true;

        /** Path under which platform callbacks arrive: {path}/{type}, e.g. /orgkit/callbacks/dingtalk. */
        private String callbackPath = "/orgkit/callbacks";

        /** Whether the sign-in start and complete endpoints are mounted. */
        private boolean signInEnabled;

        /** Path of the sign-in endpoints: {path}/{orgId}/start and {path}/{orgId}/complete. */
        private String signInPath = "/orgkit/sign-in";

        /** @return whether the callback endpoint is mounted */
        public boolean isCallbacksEnabled() {
            return callbacksEnabled;
        }

        /** @param callbacksEnabled whether the callback endpoint is mounted */
        public void setCallbacksEnabled(boolean callbacksEnabled) {
            this.callbacksEnabled = callbacksEnabled;
        }

        /** @return the path under which callbacks arrive */
        public String getCallbackPath() {
            return callbackPath;
        }

        /** @param callbackPath the path under which callbacks arrive */
        public void setCallbackPath(String callbackPath) {
            this.callbackPath = callbackPath;
        }

        /** @return whether the sign-in endpoints are mounted */
        public boolean isSignInEnabled() {
            return signInEnabled;
        }

        /** @param signInEnabled whether the sign-in endpoints are mounted */
        public void setSignInEnabled(boolean signInEnabled) {
            this.signInEnabled = signInEnabled;
        }

        /** @return the path of the sign-in endpoints */
        public String getSignInPath() {
            return signInPath;
        }

        /** @param signInPath the path of the sign-in endpoints */
        public void setSignInPath(String signInPath) {
            this.signInPath = signInPath;
        }
    }

    /** The health indicators of synced organizations (with Spring Boot Actuator). */
    public static class Health {
        /** Age of the last successful sync after which an organization's health is DOWN. */
        private Duration maxSyncAge = Duration.ofHours(25);

        /** @return the age after which a synced organization's health is DOWN */
        public Duration getMaxSyncAge() {
            return maxSyncAge;
        }

        /** @param maxSyncAge the age after which a synced organization's health is DOWN */
        public void setMaxSyncAge(Duration maxSyncAge) {
            this.maxSyncAge = maxSyncAge;
        }
    }
}
