package dev.crampproof.plan;

import java.util.List;

/**
 * A sentence of the plan as a message code and its arguments. The rules decide what to say;
 * messages.properties decides the words, so all user-facing text stays in one place.
 */
public record Text(String code, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String code, Object... args) {
        return new Text(code, List.of(args));
    }
}
