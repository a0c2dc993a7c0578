package dev.crampproof.runner;

import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.PlanRequest;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import java.math.BigDecimal;
import java.time.DayOfWeek;
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
 * Reads a plan request from a JSON body field by field, so that a wrong type or an unknown
 * choice in several fields is reported for every one of them at once, with the API's field
 * names, instead of stopping at the first as object binding would.
 */
final class PlanRequestJson {

    private final JsonNode body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private PlanRequestJson(JsonNode body) {
        this.body = body;
    }

    record Read(PlanRequest request, List<FieldProblem> problems) {
    }

    static Read read(JsonNode body) {
        PlanRequestJson json = new PlanRequestJson(body);
        PlanRequest request = new PlanRequest(
                json.text("runnerName"),
                json.text("raceName"),
                json.date("raceDate"),
                json.choice("raceDistance", RaceDistance.class),
                json.decimal("weeklyMileage"),
                json.choice("mileageUnit", MileageUnit.class),
                json.choice("longRunDay", DayOfWeek.class),
                json.choice("speedDay", DayOfWeek.class),
                json.choices("crampMuscles", CrampMuscle.class),
                json.choice("crampFrequency", CrampFrequency.class),
                json.decimal("crampOnset"),
                json.bool("crampsInTraining"),
                json.bool("fluidsAlreadyChanged"),
                json.choice("liftingExperience", LiftingExperience.class),
                json.choice("equipment", Equipment.class),
                json.choices("raceConditions", RaceCondition.class),
                json.integer("preferredStartWeeks"),
                json.text("coachCode"));
        return new Read(request, List.copyOf(json.problems));
    }

    /** The field's node, or null when it is absent or JSON null. */
    private JsonNode field(String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private String text(String name) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            return wrong(name, "problem.type.text");
        }
        return node.stringValue();
    }

    private LocalDate date(String name) {
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

    private BigDecimal decimal(String name) {
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

    private Integer integer(String name) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : wrong(name, "problem.type.integer");
    }

    private Boolean bool(String name) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        return node.isBoolean() ? node.booleanValue() : wrong(name, "problem.type.boolean");
    }

    private <E extends Enum<E>> E choice(String name, Class<E> type) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        E value = node.isString() ? constant(type, node.stringValue()) : null;
        return value != null ? value : wrong(name, "problem.type.choice", allowed(type));
    }

    private <E extends Enum<E>> Set<E> choices(String name, Class<E> type) {
        JsonNode node = field(name);
        if (node == null) {
            return null;
        }
        Set<E> values = EnumSet.noneOf(type);
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

    private <T> T wrong(String name, String code, Object... args) {
        problems.add(FieldProblem.of(name, code, args));
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
