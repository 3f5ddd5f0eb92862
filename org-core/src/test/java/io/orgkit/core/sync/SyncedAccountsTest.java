package io.orgkit.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orgkit.core.accounts.SignInResult;
import io.orgkit.core.members.MemberId;
import org.junit.jupiter.api.Test;

class SyncedAccountsTest {
    private final SyncFixture f = new SyncFixture();

    @Test
    void aMemberResignedBySyncLosesSignInAndARehireDoesNotBringTheOldPasswordBack() {
        f.remote.dept("10", "1", "R&D").member("u1", "Ann", "10");
        for (int i = 0; i < 30; i++) {
            f.remote.member("m" + i, "Member " + i, "10");
        }
        f.sync().run();
        MemberId ann = f.member("u1").id();
        f.org.accounts().setPassword(ann, "set-by-admin".toCharArray());
        f.org.accounts().changePassword(ann, "set-by-admin".toCharArray(), "anns-own-pw".toCharArray());
        assertThat(f.org.accounts().signIn(ann, "anns-own-pw".toCharArray())).isEqualTo(SignInResult.OK);

        var gone = f.remote.members.remove("u1");
        f.sync().run();
        assertThat(f.org.accounts().signIn(ann, "anns-own-pw".toCharArray())).isEqualTo(SignInResult.INVALID);

        f.remote.put(gone);
        f.sync().run();
        assertThat(f.member("u1").isActive()).isTrue();
        assertThat(f.org.accounts().signIn(ann, "anns-own-pw".toCharArray())).isEqualTo(SignInResult.INVALID);

        f.org.accounts().setPassword(ann, "welcome-back".toCharArray());
        assertThat(f.org.accounts().signIn(ann, "welcome-back".toCharArray()))
                .isEqualTo(SignInResult.MUST_CHANGE_PASSWORD);
    }
}
