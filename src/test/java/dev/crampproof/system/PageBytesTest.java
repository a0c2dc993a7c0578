package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The page writer's bytes are exactly what the JDK's UTF-8 encoder makes of the same text,
 * however the text is cut into pieces: the JDK is the reference here, including its {@code ?}
 * for half a surrogate pair.
 */
class PageBytesTest {

    /** "Cramp-Proof" with a thumb up (a surrogate pair), an ellipsis, an e acute and a dot. */
    private static final String MIXED = "Cramp-Proof \uD83D\uDC4D Ana… Léa · 3 × 5";

    @Test
    void text_comes_out_as_the_jdk_encodes_it() throws IOException {
        assertThat(bytesOf(MIXED)).isEqualTo(MIXED.getBytes(StandardCharsets.UTF_8));
        assertThat(bytesOf("")).isEmpty();
    }

    @Test
    void a_surrogate_pair_split_between_two_pieces_is_one_character() throws IOException {
        PageBytes page = new PageBytes(new byte[4]);
        page.write("up \uD83D");
        page.write("\uDC4D!");

        assertThat(sent(page)).isEqualTo("up \uD83D\uDC4D!".getBytes(StandardCharsets.UTF_8)).hasSize(8);
    }

    @Test
    void half_a_surrogate_pair_becomes_a_question_mark_as_with_the_jdk() throws IOException {
        for (String broken : new String[] {"a\uD83Db", "a\uDC4Db", "\uDC4D\uD83D", "end \uD83D", "\uD83D\uD83D\uDC4D"}) {
            assertThat(bytesOf(broken)).as(broken).isEqualTo(broken.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void the_array_grows_only_when_it_is_full() throws IOException {
        PageBytes page = new PageBytes(new byte[100]);
        page.write("x".repeat(60));
        page.write("é".repeat(20));

        assertThat(page.capacity()).as("100 bytes written").isEqualTo(100);
        page.write("!");
        assertThat(page.capacity()).isEqualTo(200);
        assertThat(sent(page)).hasSize(101);
    }

    @Test
    void every_way_of_writing_gives_the_same_bytes() throws IOException {
        PageBytes page = new PageBytes(new byte[1]);
        page.write('<');
        page.write("p>".toCharArray());
        page.write("xx3 × 5xx", 2, 5);
        page.write("… ".toCharArray(), 0, 1);
        page.print(12);
        page.println();
        page.printf("%s!", "Léa");
        page.append("\uD83D").append('\uDC4D');

        String expected = "<p>3 × 5…12" + System.lineSeparator() + "Léa!\uD83D\uDC4D";
        assertThat(sent(page)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void random_text_cut_at_random_points_matches_the_jdk() throws IOException {
        Random random = new Random(20261129);
        char[] alphabet = ("abc <>&\"' \n0123456789éàü×·–…€\u0800\uFFFD\uD83D\uDC4D\uD800\uDFFF").toCharArray();
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            PageBytes page = new PageBytes(new byte[1 + random.nextInt(64)]);
            int at = 0;
            while (at < text.length()) {
                int piece = Math.min(text.length() - at, random.nextInt(12));
                if (random.nextBoolean()) {
                    page.write(text.toString(), at, piece);
                } else {
                    page.write(text.toString().toCharArray(), at, piece);
                }
                at += piece;
            }
            assertThat(sent(page)).as("round %d: %s", round, text)
                    .isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void kept_html_is_copied_as_its_bytes_into_a_page_and_written_as_its_text_elsewhere() throws IOException {
        // bytes other than the text's own, to see which way it went
        KeptHtml kept = new KeptHtml("<p>3 × 5</p>", "KEPT".getBytes(StandardCharsets.US_ASCII));
        PageBytes page = new PageBytes(new byte[2]);
        page.write("a·");
        kept.write(page);
        page.write("b");
        StringWriter elsewhere = new StringWriter();
        kept.write(elsewhere);

        assertThat(new String(sent(page), StandardCharsets.UTF_8)).isEqualTo("a·KEPTb");
        assertThat(elsewhere).hasToString("<p>3 × 5</p>");
    }

    @Test
    void kept_html_after_half_a_surrogate_pair_is_encoded_so_that_the_pair_is_joined() throws IOException {
        PageBytes page = new PageBytes(new byte[8]);
        page.write("\uD83C");
        new KeptHtml("\uDFC3 runs", "KEPT".getBytes(StandardCharsets.US_ASCII)).write(page);

        assertThat(new String(sent(page), StandardCharsets.UTF_8)).isEqualTo("\uD83C\uDFC3 runs");
    }

    private static byte[] bytesOf(String text) throws IOException {
        PageBytes page = new PageBytes(new byte[16]);
        page.write(text);
        return sent(page);
    }

    /** What the page sends: its bytes, as many as it said it holds (used by the other tests of pages' bytes). */
    static byte[] sent(PageBytes page) throws IOException {
        page.flush();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int size = page.size();
        page.writeTo(out);
        assertThat(out.size()).as("size() before writeTo").isEqualTo(size);
        return out.toByteArray();
    }
}
