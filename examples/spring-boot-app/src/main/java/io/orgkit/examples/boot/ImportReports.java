package io.orgkit.examples.boot;

import io.orgkit.core.io.FileFormat;
import io.orgkit.core.io.ImportResult;
import io.orgkit.core.organizations.OrgId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Results of failed imports, kept so the page can download their error report (the rows to fix with an "Errors"
 * column). At most {@value #KEEP} are kept, the oldest dropped first.
 */
@Component
class ImportReports {
    static final int KEEP = 20;

    record Kept(OrgId org, ImportResult result, FileFormat format) {}

    private final Map<String, Kept> kept = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEEP;
        }
    };

    synchronized String keep(OrgId org, ImportResult result, FileFormat format) {
        String id = UUID.randomUUID().toString();
        kept.put(id, new Kept(org, result, format));
        return id;
    }

    synchronized Optional<Kept> get(OrgId org, String id) {
        Kept k = kept.get(id);
        return k != null && k.org().equals(org) ? Optional.of(k) : Optional.empty();
    }
}
