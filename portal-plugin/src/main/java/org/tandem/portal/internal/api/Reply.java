package org.tandem.portal.internal.api;

/** What a resource answers: a status and the body to write as JSON (a string is written as it is). */
record Reply(int status, Object body, String contentType) {

    static Reply ok(Object body) {
        return new Reply(200, body, "application/json");
    }

    static Reply created(Object body) {
        return new Reply(201, body, "application/json");
    }

    /** A body that is JSON text already, such as core's roadmap JSON. */
    static Reply jsonText(String text) {
        return new Reply(200, text, "application/json");
    }
}
