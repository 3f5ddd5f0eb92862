package io.orgkit.provider.teams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orgkit.core.signin.SignInRefusedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bounds and the key fetch policy of the id token check. */
class IdTokensTest {
    private final AtomicInteger fetches = new AtomicInteger();
    private final IdTokens tokens = new IdTokens("https://login.example", "tenant-a", "client-a", () -> {
        fetches.incrementAndGet();
        return emptyKeys();
    });

    @BeforeEach
    void fresh() {
        IdTokens.clearCache();
    }

    private static JsonNode emptyKeys() {
        try {
            return new ObjectMapper().readTree("{\"keys\":[]}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String kid) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString(("{\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString("{}".getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void forgedKeyIdsDoNotMakeItFetchTheKeysOnEverySignIn() {
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            String kid = "forged-" + i;
            assertThat(catchThrowableOfType(SignInRefusedException.class, () -> tokens.verify(token(kid), "n", now))
                            .reason())
                    .isEqualTo(SignInRefusedException.Reason.TOKEN_INVALID);
        }
        assertThat(fetches.get()).isEqualTo(2);

        catchThrowableOfType(
                SignInRefusedException.class, () -> tokens.verify(token("later"), "n", now.plusSeconds(61)));
        assertThat(fetches.get()).as("once the pause is over").isEqualTo(3);
    }

    @Test
    void anOversizedOrMalformedTokenIsRefusedBeforeAnyKeyIsFetched() {
        Instant now = Instant.now();
        for (String bad : new String[] {"x".repeat(IdTokens.MAX_LENGTH + 1), "a.b", "", "not.base64!.x"}) {
            assertThat(catchThrowableOfType(SignInRefusedException.class, () -> tokens.verify(bad, "n", now))
                            .reason())
                    .isEqualTo(SignInRefusedException.Reason.TOKEN_INVALID);
        }
        assertThat(fetches.get()).isZero();
    }
}
