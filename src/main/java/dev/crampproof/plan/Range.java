package dev.crampproof.plan;

/** An inclusive range of whole numbers: reps, sets, seconds of rest, weeks. */
public record Range(int min, int max) {

    public Range {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
    }

    public static Range exactly(int value) {
        return new Range(value, value);
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    public boolean contains(Range other) {
        return contains(other.min) && contains(other.max);
    }
}
