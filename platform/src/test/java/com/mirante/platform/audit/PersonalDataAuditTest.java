package com.mirante.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * The guard against a forgotten {@link ReadsPersonalData}: an endpoint without it never answers with
 * a {@link PersonalDataView}. (The audited reads themselves are tested over HTTP by the applications.)
 */
class PersonalDataAuditTest {

    @PersonalDataView
    record Profile(String name) {
    }

    record Figures(int roomsSold) {
    }

    static class Endpoints {

        Profile forgotten() {
            return new Profile("Ana");
        }

        Figures figures() {
            return new Figures(12);
        }
    }

    /** Neither case records anything, so no trail is needed. */
    private final PersonalDataAudit audit = new PersonalDataAudit(null);

    private Object write(String endpoint, Object body) throws NoSuchMethodException {
        MethodParameter returned = new MethodParameter(Endpoints.class.getDeclaredMethod(endpoint), -1);
        return audit.beforeBodyWrite(body, returned, MediaType.APPLICATION_JSON,
                MappingJackson2HttpMessageConverter.class, null, null);
    }

    @Test
    void personalDataFromAnEndpointNotMarkedAsReadingItIsRefused() {
        assertThatThrownBy(() -> write("forgotten", new Endpoints().forgotten()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forgotten")
                .hasMessageContaining("@ReadsPersonalData");
    }

    @Test
    void otherAnswersPassUntouched() throws Exception {
        Figures figures = new Endpoints().figures();

        assertThat(write("figures", figures)).isSameAs(figures);
        assertThat(write("figures", null)).isNull();
    }
}
