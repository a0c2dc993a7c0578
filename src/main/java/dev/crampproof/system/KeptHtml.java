package dev.crampproof.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.thymeleaf.util.IWritableCharSequence;

/**
 * A kept fragment's HTML ({@link SharedFragments}) with its UTF-8 bytes, encoded once. Printed
 * by {@code cp:parts} ({@link PagePartsDialect}), it reaches the page's writer as itself:
 * Thymeleaf hands a text that is an {@link IWritableCharSequence} the writer rather than writing
 * its characters, and the page's writer ({@link PageBytes}) copies the bytes. Before, the writer
 * looked each long text up by identity among the kept fragments' strings (2.8 % of the plan
 * page's CPU time on Java 25, docs/performance.md "Eleventh round"). Printed with
 * {@code th:utext}, it is its HTML, encoded as any text.
 */
public final class KeptHtml implements CharSequence, IWritableCharSequence {

    private final String html;
    private final byte[] utf8;

    KeptHtml(String html) {
        this(html, html.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code utf8} must be {@code html}'s bytes; other bytes only in a test, to see which way it went. */
    KeptHtml(String html, byte[] utf8) {
        this.html = html;
        this.utf8 = utf8;
    }

    @Override
    public void write(Writer writer) throws IOException {
        if (writer instanceof PageBytes page) {
            page.writeEncoded(utf8, html);
        } else {
            writer.write(html);
        }
    }

    @Override
    public int length() {
        return html.length();
    }

    @Override
    public char charAt(int index) {
        return html.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return html.subSequence(start, end);
    }

    @Override
    public String toString() {
        return html;
    }
}
