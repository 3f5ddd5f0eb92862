package io.orgkit.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Arrays;
import java.util.List;

/**
 * How OrgKit's package names map to modules. A module owns the packages under its root package:
 * {@code io.orgkit.core}, {@code io.orgkit.store.<name>}, {@code io.orgkit.provider.<name>} (the provider support
 * kit is {@code io.orgkit.provider.support}), {@code io.orgkit.excel}, {@code io.orgkit.tck},
 * {@code io.orgkit.search.<name>}, {@code io.orgkit.spring}. Implementation packages have a segment named
 * {@code internal}; the module that owns one is the package in front of that segment.
 */
final class OrgKitPackages {
    static final String ORGKIT = "io.orgkit";
    static final String CORE = "io.orgkit.core";
    static final String PROVIDERS = "io.orgkit.provider";
    static final String PROVIDER_SUPPORT = "io.orgkit.provider.support";
    static final String STORES = "io.orgkit.store";

    private OrgKitPackages() {}

    static boolean isOrgKit(JavaClass c) {
        return isUnder(packageOf(c), ORGKIT);
    }

    /** The package of a class, of an array's component class for arrays. */
    static String packageOf(JavaClass c) {
        return c.getBaseComponentType().getPackageName();
    }

    static boolean isUnder(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    static boolean isInternal(JavaClass c) {
        return isOrgKit(c) && segments(packageOf(c)).contains("internal");
    }

    /** The root package of the module that owns an internal package: what stands before {@code .internal}. */
    static String ownerOfInternal(JavaClass c) {
        List<String> segments = segments(packageOf(c));
        return String.join(".", segments.subList(0, segments.indexOf("internal")));
    }

    /** {@code io.orgkit.provider.dingtalk.internal} → {@code io.orgkit.provider.dingtalk} for a depth of 4. */
    static String rootOf(JavaClass c, int depth) {
        List<String> segments = segments(packageOf(c));
        return String.join(".", segments.subList(0, Math.min(depth, segments.size())));
    }

    private static List<String> segments(String pkg) {
        return Arrays.asList(pkg.split("\\."));
    }
}
