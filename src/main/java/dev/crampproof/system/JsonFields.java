package dev.crampproof.system;

import dev.crampproof.plan.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON object one by one, noting every field of the wrong type under its
 * API name instead of stopping at the first as object binding would: a client learns about all
 * its mistakes at once. Absent and null fields read as null.
 */
public final class JsonFields {

    private final JsonNode body;
    private final List<FieldProblem> problems;
    private final String prefix;

    public JsonFields(JsonNode body) {
        this(body, new ArrayList<>(), "");
    }

    private JsonFields(JsonNode body, List<FieldProblem> problems, String prefix) {
        this.body = body;
        this.problems = problems;
        this.prefix = prefix;
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** A nested object's fields, reported as "name.field"; null when absent or not an object. */
    public JsonFields object(String name) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        return node.isObject() ? new JsonFields(node, problems, prefix + name + ".") : wrong(name, "problem.type.object");
    }

    public String text(String name) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        return node.isString() ? node.stringValue() : wrong(name, "problem.type.text");
    }

    public LocalDate date(String name) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        try {
            if (node.isString()) {
                return LocalDate.parse(node.stringValue());
            }
        } catch (DateTimeParseException notADate) {
            // reported below, like any other wrong type
        }
        return wrong(name, "problem.type.date");
    }

    public BigDecimal decimal(String name) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            try {
                return node.decimalValue();
            } catch (RuntimeException tooLargeForADouble) {
                // 1e400 and friends parse as an infinite double, which has no decimal value
                return wrong(name, "problem.type.number");
            }
        }
        return wrong(name, "problem.type.number");
    }

    public Integer integer(String name) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : wrong(name, "problem.type.integer");
    }

    public Boolean bool(String name) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        return node.isBoolean() ? node.booleanValue() : wrong(name, "problem.type.boolean");
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        E value = node.isString() ? constant(type, node.stringValue()) : null;
        return value != null ? value : wrong(name, "problem.type.choice", allowed(type));
    }

    public <E extends Enum<E>> Set<E> choices(String name, Class<E> type) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        Set<E> values = EnumSet.noneOf(type);
        if (node.isArray() && node.size() > type.getEnumConstants().length) {
            // Each choice once at most: a list longer than the choices is not a real answer.
            return wrong(name, "problem.type.listTooLong", allowed(type));
        }
        if (node.isArray()) {
            for (JsonNode element : node.values()) {
                E value = element.isString() ? constant(type, element.stringValue()) : null;
                if (value == null) {
                    return wrong(name, "problem.type.list", allowed(type));
                }
                values.add(value);
            }
            return values;
        }
        return wrong(name, "problem.type.list", allowed(type));
    }

    private JsonNode field(String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private <T> T wrong(String name, String code, Object... args) {
        problems.add(FieldProblem.of(prefix + name, code, args));
        return null;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst()
                .orElse(null);
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
