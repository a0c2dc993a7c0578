package dev.crampproof.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * A page's text as UTF-8 bytes, encoded as it is written: the writer {@link PageView} gives a
 * template. Thymeleaf writes the plan page in some 6,000 small pieces; through the JDK's chain (a
 * PrintWriter, a BufferedWriter, an OutputStreamWriter) each piece took two locks and was copied
 * twice, and after the first character outside ASCII in each 8 K chunk (the page has "×", "–" and
 * "·" everywhere) the JDK's encoder fell back to its slow loop: together about 6 % of a plan page's
 * CPU time (docs/performance.md, "Plan page and JSON, fifth round"). A page is written by one
 * thread only, so nothing here locks.
 *
 * <p>Texts whose bytes are known already (kept fragments, {@link KeptHtml}) are copied as those
 * bytes.
 *
 * <p>What cannot be encoded (half of a surrogate pair) becomes {@code ?}, as with the JDK's
 * encoders. A high surrogate at the end of one piece is joined to a low one that starts the next.
 */
final class PageBytes extends PrintWriter {

    private final Encoder encoder;

    /** Writes into {@code buffer} (whatever it holds) until it is full, then into larger copies. */
    PageBytes(byte[] buffer) {
        this(new Encoder(buffer));
    }

    private PageBytes(Encoder encoder) {
        // PrintWriter's own methods that are not overridden below (println, format) still reach
        // the encoder, through PrintWriter's lock: correct, only not the fast way.
        super(encoder);
        this.encoder = encoder;
    }

    @Override
    public void write(int c) {
        encoder.write(c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        encoder.write(chars, offset, length);
    }

    @Override
    public void write(char[] chars) {
        encoder.write(chars, 0, chars.length);
    }

    @Override
    public void write(String text, int offset, int length) {
        encoder.write(text, offset, length);
    }

    @Override
    public void write(String text) {
        encoder.write(text, 0, text.length());
    }

    /** A text whose UTF-8 bytes are known: {@code utf8} must be {@code text}'s, and stay unchanged. */
    void writeEncoded(byte[] utf8, String text) {
        encoder.write(utf8, text);
    }

    @Override
    public void flush() {
        // nothing is held back but half a surrogate pair, which waits for its other half
    }

    /** The bytes so far: a half pair still waiting at the end is sent as {@code ?}. */
    int size() {
        return encoder.finishedCount();
    }

    /** The array's length now: it grows only when full. */
    int capacity() {
        return encoder.bytes.length;
    }

    /** The array the bytes are in now: the one given, or a larger copy of it. */
    byte[] buffer() {
        return encoder.bytes;
    }

    void writeTo(OutputStream out) throws IOException {
        int size = encoder.finishedCount();
        out.write(encoder.bytes, 0, size);
    }

    /** The unlocked UTF-8 encoder into a growing array. */
    private static final class Encoder extends Writer {

        private static final byte UNMAPPABLE = '?';

        private byte[] bytes;
        private int count;
        /** A high surrogate that ended the last piece, or 0. */
        private char pendingHigh;

        Encoder(byte[] buffer) {
            bytes = buffer;
        }

        @Override
        public void write(int c) {
            put((char) c);
        }

        // The array grows only when full, so that a page's last piece does not double it.
        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset, end = offset + length; i < end; i++) {
                char c = chars[i];
                if (c < 0x80 && pendingHigh == 0 && count < bytes.length) {
                    bytes[count++] = (byte) c;
                } else {
                    put(c);
                }
            }
        }

        /** Copied, unless half a surrogate pair waits to be joined to the text's first character. */
        void write(byte[] encoded, String text) {
            if (pendingHigh != 0) {
                write(text, 0, text.length());
                return;
            }
            room(encoded.length);
            System.arraycopy(encoded, 0, bytes, count, encoded.length);
            count += encoded.length;
        }

        @Override
        public void write(String text, int offset, int length) {
            for (int i = offset, end = offset + length; i < end; i++) {
                char c = text.charAt(i);
                if (c < 0x80 && pendingHigh == 0 && count < bytes.length) {
                    bytes[count++] = (byte) c;
                } else {
                    put(c);
                }
            }
        }

        /** One character off the ASCII fast path, or the one that finds the array full. */
        private void put(char c) {
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    room(4);
                    putCodePoint(Character.toCodePoint(high, c));
                    return;
                }
                room(1);
                bytes[count++] = UNMAPPABLE;
            }
            if (c < 0x80) {
                room(1);
                bytes[count++] = (byte) c;
            } else if (c < 0x800) {
                room(2);
                bytes[count++] = (byte) (0xC0 | c >> 6);
                bytes[count++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                room(1);
                bytes[count++] = UNMAPPABLE;
            } else {
                room(3);
                bytes[count++] = (byte) (0xE0 | c >> 12);
                bytes[count++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[count++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void putCodePoint(int codePoint) {
            bytes[count++] = (byte) (0xF0 | codePoint >> 18);
            bytes[count++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            bytes[count++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | codePoint & 0x3F);
        }

        private void room(int more) {
            long needed = (long) count + more;
            if (needed > bytes.length) {
                long most = Integer.MAX_VALUE - 16;
                if (needed > most) {
                    throw new OutOfMemoryError("a page of more than 2 GB");
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(most, Math.max(needed, 2L * bytes.length)));
            }
        }

        int finishedCount() {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                room(1);
                bytes[count++] = UNMAPPABLE;
            }
            return count;
        }

        @Override
        public void flush() {
            // the bytes stay here until the page is sent whole
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
