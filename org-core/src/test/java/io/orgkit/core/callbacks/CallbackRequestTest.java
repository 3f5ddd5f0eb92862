package io.orgkit.core.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallbackRequestTest {

    @Test
    void aBodyLargerThanSixtyFourKibibytesIsRefused() {
        assertThatThrownBy(() -> new CallbackRequest(Map.of(), Map.of(), new byte[CallbackRequest.MAX_BODY + 1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most");
    }

    @Test
    void headersAreFoundIgnoringCaseAndParametersByTheirFirstValue() {
        CallbackRequest r = new CallbackRequest(
                Map.of("nonce", List.of("a", "b")),
                Map.of("Content-Type", List.of("application/json")),
                "{}".getBytes());

        assertThat(r.header("content-type")).contains("application/json");
        assertThat(r.param("nonce")).contains("a");
        assertThat(r.param("missing")).isEmpty();
    }

    @Test
    void theBodyCannotBeChangedFromOutside() {
        byte[] body = "{\"encrypt\":\"x\"}".getBytes();
        CallbackRequest r = new CallbackRequest(Map.of(), Map.of(), body);
        body[0] = 'X';
        r.body()[1] = 'Y';

        assertThat(r.bodyText()).isEqualTo("{\"encrypt\":\"x\"}");
        assertThat(r.toString()).doesNotContain("encrypt");
    }

    @Test
    void aResponseStatusOutsideHttpIsRefused() {
        assertThatThrownBy(() -> CallbackResponse.text(42, "no")).isInstanceOf(IllegalArgumentException.class);
    }
}
