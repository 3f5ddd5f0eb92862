package io.orgkit.core;

import io.orgkit.core.spi.CredentialField;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A synced type that records every settings it was handed (verify or open), and refuses the token "wrong". */
final class RecordingProvider implements OrganizationProvider {
    final List<ProviderSettings> verified = new CopyOnWriteArrayList<>();
    final List<ProviderSettings> opened = new CopyOnWriteArrayList<>();
    /** Runs once during the next verify: another caller acting while the platform is being asked. */
    volatile Runnable duringNextVerify;

    @Override
    public String type() {
        return "rec";
    }

    @Override
    public String displayName() {
        return "Recording";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return List.of(CredentialField.required("tenant", "Tenant"), CredentialField.secret("token", "Token"));
    }

    @Override
    public void verify(ProviderSettings settings) {
        if (settings.secret("token").reveal().equals("wrong")) {
            throw new ProviderException("rec", "invalid_token", "Recording refused the Token; check it");
        }
        verified.add(settings);
        Runnable hook = duringNextVerify;
        duringNextVerify = null;
        if (hook != null) {
            hook.run();
        }
    }

    @Override
    public DirectorySource openDirectory(ProviderSettings settings) {
        opened.add(settings);
        return new DirectorySource() {
            @Override
            public void fetchAll(DirectoryVisitor visitor) {}

            @Override
            public long apiCalls() {
                return 0;
            }
        };
    }
}
