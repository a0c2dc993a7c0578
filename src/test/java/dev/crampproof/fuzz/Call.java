package dev.crampproof.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One generated request, described so that a failing property prints it readably. Path
 * segments and parameter values may hold placeholders (‹plan›, ‹athlete›, ‹code›…) that
 * {@link FuzzApp} replaces with the fixtures' current values when it sends the request.
 *
 * @param segments path segments, percent-encoded when sent unless {@link Segment#raw()}
 * @param kind how the endpoint answers refused input, so a property can tell refused from accepted
 * @param refusedBecause why this request is clearly invalid, or null when it may be valid
 */
record Call(String method, List<Segment> segments, List<Map.Entry<String, String>> params, String contentType,
        String body, String accept, Who who, boolean csrf, Kind kind, String refusedBecause) {

    /** How an endpoint answers a request it refuses. */
    enum Kind {
        /** JSON API: a 4xx problem. */
        API,
        /** A form shown again with messages (200), or 303 on success. */
        PAGE_FORM,
        /** 303 back to the page, with the problems in flash attributes. */
        FLASH_FORM,
        /** 303 on success, 4xx otherwise; no messages. */
        ACTION,
        /** Spring Security's form login: 302 to the roster or back with ?error. */
        SIGN_IN,
        /** A GET: whatever it answers, it changes nothing. */
        READ
    }

    enum Who { NOBODY, COACH, OTHER_COACH }

    /** A path segment; raw ones are sent as written (already encoded, or deliberately odd). */
    record Segment(String value, boolean raw) {

        static Segment of(String value) {
            return new Segment(value, false);
        }

        @Override
        public String toString() {
            return raw ? value : Hostile.show(value);
        }
    }

    static Call to(String method, Kind kind, Object... segments) {
        List<Segment> path = new ArrayList<>();
        for (Object segment : segments) {
            path.add(segment instanceof Segment s ? s : Segment.of((String) segment));
        }
        return new Call(method, List.copyOf(path), List.of(), null, null, null, Who.NOBODY, !method.equals("GET")
                && kind != Kind.API, kind, null);
    }

    Call params(List<Map.Entry<String, String>> values) {
        return new Call(method, segments, List.copyOf(values), contentType, body, accept, who, csrf, kind,
                refusedBecause);
    }

    Call json(String contentType, String body) {
        return new Call(method, segments, params, contentType, body, accept, who, csrf, kind, refusedBecause);
    }

    Call accept(String accept) {
        return new Call(method, segments, params, contentType, body, accept, who, csrf, kind, refusedBecause);
    }

    Call as(Who who) {
        return new Call(method, segments, params, contentType, body, accept, who, csrf, kind, refusedBecause);
    }

    Call withoutCsrf() {
        return new Call(method, segments, params, contentType, body, accept, who, false, kind, "no CSRF token");
    }

    /** Marks the request clearly invalid (the first reason given is kept). */
    Call refused(String because) {
        if (because == null) {
            return this;
        }
        return new Call(method, segments, params, contentType, body, accept, who, csrf, kind,
                refusedBecause == null ? because : refusedBecause);
    }

    boolean mayBeValid() {
        return refusedBecause == null;
    }

    String path() {
        StringBuilder path = new StringBuilder();
        segments.forEach(segment -> path.append('/').append(segment));
        return path.toString();
    }

    @Override
    public String toString() {
        StringBuilder shown = new StringBuilder("\n  ").append(method).append(' ').append(path());
        if (who != Who.NOBODY) {
            shown.append("  signed in as ").append(who);
        }
        if (!csrf && kind != Kind.API && !method.equals("GET")) {
            shown.append("  without CSRF token");
        }
        for (Map.Entry<String, String> param : params) {
            shown.append("\n    ").append(Hostile.show(param.getKey())).append(" = ")
                    .append(Hostile.show(param.getValue()));
        }
        if (contentType != null || accept != null) {
            shown.append("\n  Content-Type: ").append(contentType).append("   Accept: ").append(accept);
        }
        if (body != null) {
            shown.append("\n  body: ").append(Hostile.show(body));
        }
        shown.append("\n  ").append(mayBeValid() ? "may be valid" : "clearly invalid: " + refusedBecause);
        return shown.append('\n').toString();
    }
}
