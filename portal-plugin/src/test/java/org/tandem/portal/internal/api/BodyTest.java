package org.tandem.portal.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.tandem.core.people.Role;

class BodyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Body body(String json) throws Exception {
        return new Body(JSON.readTree(json), "");
    }

    @Test
    void reads_fields_and_treats_null_as_absent() throws Exception {
        Body body = body("{\"name\":\" Школа \",\"on\":\"2026-09-01\",\"role\":\"mentee\",\"n\":3,\"x\":null,"
                + "\"kinds\":[\"GROUP\"],\"consent\":{\"givenOn\":\"2026-09-02\"}}");
        assertThat(body.text("name")).isEqualTo("Школа");
        assertThat(body.date("on")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(body.enumValue("role", Role.class)).isEqualTo(Role.MENTEE);
        assertThat(body.integer("n")).isEqualTo(3);
        assertThat(body.optText("x")).isEmpty();
        assertThat(body.texts("kinds")).containsExactly("GROUP");
        assertThat(body.texts("absent")).isEmpty();
        assertThat(body.optObject("consent").orElseThrow().date("givenOn")).isEqualTo(LocalDate.of(2026, 9, 2));
    }

    @Test
    void a_bad_field_is_a_400_naming_its_path_in_both_languages() throws Exception {
        Body consent = body("{\"consent\":{\"givenOn\":\"01.09.2026\"}}").optObject("consent").orElseThrow();
        ApiException bad = catchThrowableOfType(() -> consent.date("givenOn"), ApiException.class);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.details()).containsEntry("field", "consent.givenOn");
        assertThat(bad.text().in(Locale.forLanguageTag("ru"))).startsWith("Поле «consent.givenOn»: не дата");
        assertThat(bad.text().in(Locale.ENGLISH)).startsWith("Field 'consent.givenOn': not a date");

        ApiException missing = catchThrowableOfType(() -> body("{}").text("fullName"), ApiException.class);
        assertThat(missing.text().en()).isEqualTo("Field 'fullName': a value is required");
        ApiException role = catchThrowableOfType(() -> body("{\"role\":\"boss\"}").enumValue("role", Role.class),
                ApiException.class);
        assertThat(role.text().en()).contains("'boss' is not one of HEAD, CURATOR");
    }

    @Test
    void a_body_that_is_not_an_object_is_malformed_json() throws Exception {
        ApiException array = catchThrowableOfType(() -> new Body(JSON.readTree("[1]"), ""), ApiException.class);
        assertThat(array.error()).isEqualTo("malformed-json");
    }
}
