package org.tandem.portal.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RouterTest {

    private final Reply one = Reply.ok("one");
    private final Reply swap = Reply.ok("swap");
    private final Router router = new Router()
            .get("/mentorships/{id}", exchange -> one)
            .post("/mentorships/swap", exchange -> swap)
            .post("/mentorships/{id}/approval", exchange -> one)
            .get("/organizations", exchange -> one)
            .post("/organizations", exchange -> one);

    @Test
    void a_parameter_segment_is_captured() {
        Router.Match match = router.match("GET", "/mentorships/m-1");
        assertThat(match.handler()).isPresent();
        assertThat(match.parameters()).isEqualTo(Map.of("id", "m-1"));
        assertThat(router.match("POST", "/mentorships/m-1/approval/").parameters()).containsEntry("id", "m-1");
    }

    @Test
    void a_literal_segment_wins_over_a_parameter() {
        assertThat(router.match("POST", "/mentorships/swap").handler().orElseThrow().handle(null)).isSameAs(swap);
    }

    @Test
    void head_is_served_by_get_and_other_methods_list_what_the_path_allows() {
        assertThat(router.match("HEAD", "/organizations").handler()).isPresent();
        Router.Match wrong = router.match("DELETE", "/organizations");
        assertThat(wrong.handler()).isEmpty();
        assertThat(wrong.allowed()).containsExactly("GET", "POST", "HEAD");
    }

    @Test
    void an_unknown_path_allows_nothing() {
        Router.Match none = router.match("GET", "/nothing/here");
        assertThat(none.handler()).isEmpty();
        assertThat(none.allowed()).isEmpty();
        assertThat(router.match("GET", "/mentorships").allowed()).isEmpty();
    }
}
