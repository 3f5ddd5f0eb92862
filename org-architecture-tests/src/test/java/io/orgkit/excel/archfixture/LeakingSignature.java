package io.orgkit.excel.archfixture;

import io.orgkit.excel.archfixture.internal.Hidden;
import java.util.List;

/** Breaks "no internal type in a public signature": its own module's internal type in a public method. */
public final class LeakingSignature {
    public List<Hidden> hidden() {
        return List.of(new Hidden());
    }
}
