package dev.crampproof.system;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.IWritableCharSequence;

/**
 * {@code cp:parts="${parts}"}: the element is replaced by a list of HTML texts, printed as they are
 * and each on its own, as {@code th:utext} prints one. A section put together in Java from kept
 * fragments ({@link SharedFragments#parts}) and a page's own bits costs the page one expression
 * instead of one per element and attribute, and each kept text reaches the page's writer as
 * itself ({@link KeptHtml}), whose bytes the writer copies; {@code th:each} with
 * {@code th:utext} would evaluate an expression per part, and {@code th:utext} prints a text.
 * The list's texts must be HTML already: kept fragments, or a page's own values escaped by
 * whoever put them in (SessionCards).
 */
@Component
public class PagePartsDialect extends AbstractProcessorDialect {

    public static final String PREFIX = "cp";

    PagePartsDialect() {
        super("Cramp-Proof page parts", PREFIX, 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new Parts(dialectPrefix));
    }

    /**
     * The parts as one text of the template: a text event (and a slot in the model's array) for
     * each of a plan page's some 500 parts was a twentieth of all the memory the page allocated
     * (docs/performance.md, "Thirteenth round"). Thymeleaf hands the page's writer a text that is
     * an {@link IWritableCharSequence}, and this one writes its parts one by one, a kept
     * fragment as itself ({@link KeptHtml}: its bytes copied). Read as characters (which printing
     * does not do) it is the parts joined.
     */
    static final class Joined implements CharSequence, IWritableCharSequence {

        private final List<?> parts;
        private String joined;

        Joined(List<?> parts) {
            this.parts = parts;
        }

        @Override
        public void write(Writer writer) throws IOException {
            for (Object part : parts) {
                if (part instanceof IWritableCharSequence writable) {
                    writable.write(writer);
                } else {
                    writer.write(part.toString());
                }
            }
        }

        @Override
        public int length() {
            return toString().length();
        }

        @Override
        public char charAt(int index) {
            return toString().charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        @Override
        public String toString() {
            if (joined == null) {
                StringBuilder text = new StringBuilder();
                parts.forEach(text::append);
                joined = text.toString();
            }
            return joined;
        }
    }

    private static final class Parts extends AbstractAttributeTagProcessor {

        Parts(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "parts", true, 1000, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, IElementTagStructureHandler structure) {
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            IModelFactory factory = context.getModelFactory();
            IModel model = factory.createModel();
            if (value != null && !((List<?>) value).isEmpty()) {
                model.add(factory.createText(new Joined((List<?>) value)));
            }
            structure.replaceWith(model, false);
        }
    }
}
