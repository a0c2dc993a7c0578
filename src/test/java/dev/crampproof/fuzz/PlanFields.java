package dev.crampproof.fuzz;

import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.springframework.util.StringUtils;

/**
 * The plan request's fields (api.md, and the plan form) and how to break them. Each change
 * says whether it alone makes the request clearly invalid, judged by plan-rules.md's input
 * rules; where other fields could make it valid again (a cramp onset within a marathon in
 * kilometres but not in miles) it is left undecided. Undecided requests are only held to the
 * properties every request has.
 */
final class PlanFields {

    enum Type { NAME, RACE_NAME, DATE, CHOICE, CHOICES, MILEAGE, ONSET, WEEKS, FLAG, CODE }

    /** A field; {@code requiredInForm}: no default on the form when it is left out. */
    record Field(String name, Type type, boolean required, boolean requiredInForm, List<String> choices) {
    }

    /** One field changed: its new raw JSON or form values (null: left out), and why that is clearly wrong. */
    record Change(String field, String json, List<String> form, String refusedBecause) {

        static Change json(String field, String raw, String refusedBecause) {
            return new Change(field, raw, null, refusedBecause);
        }

        static Change form(String field, List<String> values, String refusedBecause) {
            return new Change(field, null, values, refusedBecause);
        }
    }

    static final LocalDate TODAY = FuzzApp.TODAY;
    static final LocalDate LATEST_RACE = TODAY.plusWeeks(104);

    static final List<Field> FIELDS = List.of(
            new Field("runnerName", Type.NAME, true, true, List.of()),
            new Field("raceName", Type.RACE_NAME, false, false, List.of()),
            new Field("raceDate", Type.DATE, true, true, List.of()),
            new Field("raceDistance", Type.CHOICE, false, false, names(RaceDistance.values())),
            new Field("weeklyMileage", Type.MILEAGE, true, true, List.of()),
            new Field("mileageUnit", Type.CHOICE, true, false, names(MileageUnit.values())),
            new Field("longRunDay", Type.CHOICE, false, false, names(DayOfWeek.values())),
            new Field("speedDay", Type.CHOICE, false, false, names(DayOfWeek.values())),
            new Field("crampMuscles", Type.CHOICES, false, false, names(CrampMuscle.values())),
            new Field("crampFrequency", Type.CHOICE, true, true, names(CrampFrequency.values())),
            new Field("crampOnset", Type.ONSET, false, false, List.of()),
            new Field("crampsInTraining", Type.FLAG, false, false, List.of()),
            new Field("fluidsAlreadyChanged", Type.FLAG, false, false, List.of()),
            new Field("liftingExperience", Type.CHOICE, true, true, names(LiftingExperience.values())),
            new Field("equipment", Type.CHOICE, false, false, names(Equipment.values())),
            new Field("raceConditions", Type.CHOICES, false, false, names(RaceCondition.values())),
            new Field("preferredStartWeeks", Type.WEEKS, false, false, List.of()),
            new Field("coachCode", Type.CODE, false, false, List.of()));

    /** The longest race in either unit: a cramp onset beyond it is wrong whatever the unit. */
    private static final BigDecimal LONGEST_RACE = new BigDecimal("42.195");
    /** The highest weekly mileage in either unit (200 km). */
    private static final BigDecimal MOST_MILEAGE = new BigDecimal("200");

    private PlanFields() {
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    // ---- JSON ------------------------------------------------------------------------------

    /** Up to {@code most} changes to distinct fields of the valid request. */
    static Arbitrary<List<Change>> jsonChanges(int most) {
        return Arbitraries.of(FIELDS).flatMap(PlanFields::jsonChange).list().ofMaxSize(most)
                .uniqueElements(Change::field);
    }

    static Arbitrary<Change> jsonChange(Field field) {
        String name = field.name();
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Change.json(name, null, field.required() ? name + " left out" : null))),
                Tuple.of(1, Arbitraries.just(Change.json(name, "null", field.required() ? name + " null" : null))),
                Tuple.of(2, wrongJsonType(field).map(raw -> Change.json(name, raw, name + " of the wrong type"))),
                Tuple.of(5, jsonValue(field)));
    }

    /** JSON of a type the field never has. */
    private static Arbitrary<String> wrongJsonType(Field field) {
        Arbitrary<String> text = Hostile.text().map(Hostile::jsonString);
        Arbitrary<String> number = Hostile.number();
        Arbitrary<String> flag = Arbitraries.of("true", "false");
        Arbitrary<String> array = Arbitraries.of("[]", "[1]", "[\"CALF\"]", "[null]", "[[]]");
        Arbitrary<String> object = Arbitraries.of("{}", "{\"value\": 1}", "{\"$gt\": \"\"}");
        return switch (field.type()) {
            case NAME, RACE_NAME, DATE, CHOICE, CODE -> Arbitraries.oneOf(number, flag, array, object);
            case MILEAGE, ONSET, WEEKS -> Arbitraries.oneOf(text, flag, array, object);
            case FLAG -> Arbitraries.oneOf(text, number, array, object);
            case CHOICES -> Arbitraries.oneOf(text, number, flag, object);
        };
    }

    private static Arbitrary<Change> jsonValue(Field field) {
        String name = field.name();
        return switch (field.type()) {
            case NAME, RACE_NAME -> Hostile.text()
                    .map(text -> Change.json(name, Hostile.jsonString(text), badText(field, text)));
            case CODE -> Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.of("‹code›", " ‹code› ", "")),
                    Tuple.of(3, Hostile.text()))
                    .map(code -> Change.json(name, Hostile.jsonString(code), badCode(code)));
            case DATE -> Hostile.date(TODAY).map(date -> Change.json(name, Hostile.jsonString(date), badJsonDate(date)));
            case CHOICE -> choice(field).map(value -> Change.json(name, Hostile.jsonString(value),
                    field.choices().contains(value) ? null : name + " is no choice"));
            case CHOICES -> choice(field).list().ofMaxSize(4).map(values -> Change.json(name,
                    values.stream().map(Hostile::jsonString).collect(Collectors.joining(", ", "[", "]")),
                    field.choices().containsAll(values) ? null : name + " has a value that is no choice"));
            case MILEAGE, ONSET -> Hostile.number().map(raw -> Change.json(name, raw, badJsonDecimal(field, raw)));
            case WEEKS -> Hostile.number().map(raw -> Change.json(name, raw, badJsonWeeks(raw)));
            case FLAG -> Arbitraries.of("true", "false").map(raw -> Change.json(name, raw, null));
        };
    }

    private static Arbitrary<String> choice(Field field) {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(field.choices())),
                Tuple.of(1, Arbitraries.of(field.choices()).map(c -> c.toLowerCase(Locale.ROOT))),
                Tuple.of(2, Hostile.text()));
    }

    static String jsonBody(List<Change> changes) {
        Map<String, String> fields = new LinkedHashMap<>(FuzzApp.VALID_PLAN);
        for (Change change : changes) {
            if (change.json() == null) {
                fields.remove(change.field());
            } else {
                fields.put(change.field(), change.json());
            }
        }
        return FuzzApp.body(fields);
    }

    static String refusal(List<Change> changes) {
        return changes.stream().map(Change::refusedBecause).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    // ---- The form --------------------------------------------------------------------------

    /** The plan form as a browser sends it, valid. */
    static Map<String, List<String>> validForm() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("runnerName", List.of("Ana Ruiz"));
        form.put("raceName", List.of("Valencia Marathon"));
        form.put("raceDate", List.of("2027-04-18"));
        form.put("raceDistance", List.of("MARATHON"));
        form.put("weeklyMileage", List.of("35.5"));
        form.put("mileageUnit", List.of("MILES"));
        form.put("longRunDay", List.of("SUNDAY"));
        form.put("speedDay", List.of("WEDNESDAY"));
        form.put("crampMuscles", List.of("CALF", "HAMSTRING"));
        form.put("_crampMuscles", List.of("on"));
        form.put("crampFrequency", List.of("MOST_RACES"));
        form.put("crampOnset", List.of("20"));
        form.put("_crampsInTraining", List.of("on"));
        form.put("fluidsAlreadyChanged", List.of("true"));
        form.put("_fluidsAlreadyChanged", List.of("on"));
        form.put("liftingExperience", List.of("SOME"));
        form.put("equipment", List.of("GYM"));
        form.put("raceConditions", List.of("HOT"));
        form.put("_raceConditions", List.of("on"));
        form.put("preferredStartWeeks", List.of("16"));
        form.put("coachCode", List.of(""));
        return form;
    }

    /** Parameter names a binder could trip over: indexes, nested paths, class loaders. */
    static final List<String> ODD_NAMES = List.of("crampMuscles[0]", "crampMuscles[300]", "crampMuscles[]",
            "raceConditions[2147483647]", "runnerName[0]", "runnerName.bytes", "weeklyMileage.scale", "raceDate.year",
            "class.module.classLoader.resources.context.parent.pipeline.first.pattern", "class.classLoader", "planForm",
            "planForm.runnerName", "token", "id", "createdOn", "version", "_csrfx", "", " ", "runnerName ",
            "RUNNERNAME", "crampMuscles[-1]", "crampMuscles[a]", "coachCode[0]");

    static Arbitrary<List<Change>> formChanges(int most) {
        Arbitrary<Change> fieldChange = Arbitraries.of(FIELDS).flatMap(PlanFields::formChange);
        Arbitrary<Change> oddName = Arbitraries.of(ODD_NAMES).flatMap(name -> Hostile.formValues(Hostile.formText())
                .map(values -> Change.form(name, values, null)));
        return Arbitraries.frequencyOf(Tuple.of(5, fieldChange), Tuple.of(1, oddName)).list().ofMaxSize(most)
                .uniqueElements(Change::field);
    }

    static Arbitrary<Change> formChange(Field field) {
        String name = field.name();
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Change.form(name, null,
                        field.requiredInForm() ? name + " left out" : null))),
                Tuple.of(1, Arbitraries.just(Change.form(name, List.of(""),
                        field.requiredInForm() && field.type() != Type.CHOICES ? name + " empty" : null))),
                Tuple.of(1, Hostile.formValues(Hostile.formText()).map(values -> Change.form(name, values, null))),
                Tuple.of(5, formValue(field)));
    }

    private static Arbitrary<Change> formValue(Field field) {
        String name = field.name();
        Arbitrary<String> text = Hostile.formText();
        return switch (field.type()) {
            case NAME, RACE_NAME -> text.map(value -> Change.form(name, List.of(value), badText(field, value)));
            case CODE -> Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of("‹code›", " ‹code› ", "")),
                    Tuple.of(3, text)).map(code -> Change.form(name, List.of(code), badCode(code)));
            case DATE -> Hostile.date(TODAY).map(Hostile::throughUtf8)
                    .map(date -> Change.form(name, List.of(date), badFormDate(date)));
            case CHOICE -> choice(field).map(Hostile::throughUtf8).map(value -> Change.form(name, List.of(value),
                    badFormChoice(field, value)));
            case CHOICES -> choice(field).map(Hostile::throughUtf8).list().ofMinSize(1).ofMaxSize(4)
                    .map(values -> Change.form(name, new ArrayList<>(values), values.stream()
                            .map(value -> value.strip().isEmpty() ? null : badFormChoice(field, value))
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null)));
            case MILEAGE, ONSET -> Arbitraries.oneOf(Hostile.number(), text)
                    .map(value -> Change.form(name, List.of(value), badFormDecimal(field, value)));
            case WEEKS -> Arbitraries.oneOf(Hostile.number(), text)
                    .map(value -> Change.form(name, List.of(value), badFormWeeks(value)));
            case FLAG -> Arbitraries.oneOf(Arbitraries.of("true", "false", "on", "off", "yes", "no", "1", "0", "TRUE"),
                    text).map(value -> Change.form(name, List.of(value), badFormFlag(name, value)));
        };
    }

    static Map<String, List<String>> form(List<Change> changes) {
        Map<String, List<String>> form = new LinkedHashMap<>(validForm());
        for (Change change : changes) {
            if (change.form() == null) {
                form.remove(change.field());
            } else {
                form.put(change.field(), change.form());
            }
        }
        return form;
    }

    static List<Map.Entry<String, String>> params(Map<String, List<String>> form) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        form.forEach((name, values) -> values.forEach(value -> params.add(Map.entry(name, value))));
        return params;
    }

    // ---- What is clearly wrong (plan-rules.md, "Inputs") ------------------------------------

    private static String badText(Field field, String text) {
        boolean runner = field.type() == Type.NAME;
        String stripped = text.strip();
        int max = runner ? 80 : 120;
        if (runner && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "runnerName has no letter or digit";
        }
        if (stripped.codePointCount(0, stripped.length()) > max) {
            return field.name() + " longer than " + max;
        }
        if (stripped.codePoints().anyMatch(c -> Character.isISOControl(c) || c >= 0xD800 && c <= 0xDFFF)) {
            return field.name() + " has a control character or half a character";
        }
        return null;
    }

    private static String badCode(String code) {
        return code.isBlank() || code.contains("‹code›") ? null : "coachCode is nobody's code";
    }

    private static String badJsonDate(String date) {
        try {
            return outOfRange(LocalDate.parse(date));
        } catch (DateTimeParseException notADate) {
            return "raceDate is no ISO date";
        }
    }

    private static String badFormDate(String date) {
        if (date.isBlank()) {
            return "raceDate empty";
        }
        try {
            return outOfRange(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException notPlainIso) {
            return date.strip().matches("[0-9+-].*") ? null : "raceDate is no date";
        }
    }

    private static String outOfRange(LocalDate date) {
        if (!date.isAfter(TODAY)) {
            return "raceDate not in the future";
        }
        return date.isAfter(LATEST_RACE) ? "raceDate more than 104 weeks ahead" : null;
    }

    /** A JSON number: Jackson may read it exactly or as a double; wrong only if wrong both ways. */
    private static String badJsonDecimal(Field field, String raw) {
        double asDouble = Double.parseDouble(raw);
        if (Double.isInfinite(asDouble)) {
            return field.name() + " beyond a double";
        }
        String exact = badDecimal(field, new BigDecimal(raw));
        String rounded = badDecimal(field, new BigDecimal(Double.toString(asDouble)));
        return exact != null && rounded != null ? exact : null;
    }

    private static String badFormDecimal(Field field, String value) {
        String bare = StringUtils.trimAllWhitespace(value);
        if (bare.isEmpty()) {
            return field.type() == Type.MILEAGE ? "weeklyMileage empty" : null;
        }
        try {
            return badDecimal(field, new BigDecimal(bare));
        } catch (NumberFormatException notANumber) {
            return field.name() + " is no number";
        }
    }

    private static String badDecimal(Field field, BigDecimal value) {
        if (field.type() == Type.MILEAGE) {
            return value.signum() < 0 || value.compareTo(MOST_MILEAGE) > 0 ? "weeklyMileage out of range" : null;
        }
        return value.signum() <= 0 || value.compareTo(LONGEST_RACE) > 0 ? "crampOnset beyond any race" : null;
    }

    private static String badJsonWeeks(String raw) {
        if (!raw.matches("-?\\d+")) {
            return "preferredStartWeeks is no integer";
        }
        BigInteger weeks = new BigInteger(raw);
        return weeks.compareTo(BigInteger.valueOf(14)) < 0 || weeks.compareTo(BigInteger.valueOf(16)) > 0
                ? "preferredStartWeeks not 14-16" : null;
    }

    private static String badFormWeeks(String value) {
        String bare = StringUtils.trimAllWhitespace(value);
        if (bare.isEmpty() || bare.matches("[-+]?(0[xX]|#)[0-9a-fA-F]+|[-+]?0[0-7]+")) {
            return null;
        }
        if (!bare.matches("[-+]?\\p{Nd}+")) {
            return "preferredStartWeeks is no integer";
        }
        BigInteger weeks = new BigInteger(bare.startsWith("+") ? bare.substring(1) : bare);
        return weeks.compareTo(BigInteger.valueOf(14)) < 0 || weeks.compareTo(BigInteger.valueOf(16)) > 0
                ? "preferredStartWeeks not 14-16" : null;
    }

    private static String badFormChoice(Field field, String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return field.requiredInForm() ? field.name() + " empty" : null;
        }
        return field.choices().contains(trimmed) ? null : field.name() + " is no choice";
    }

    private static String badFormFlag(String name, String value) {
        String flag = value.trim().toLowerCase(Locale.ROOT);
        if (flag.isEmpty() || List.of("true", "false", "on", "off", "yes", "no", "1", "0").contains(flag)) {
            return null;
        }
        return name + " is no yes or no";
    }
}
