package dev.crampproof.system;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.checker.CspEnforcementChecker;
import nu.validator.checker.DuplicateDtChecker;
import nu.validator.checker.HeadingHierarchyChecker;
import nu.validator.checker.MicrodataChecker;
import nu.validator.checker.NormalizationChecker;
import nu.validator.checker.SpeculationRulesChecker;
import nu.validator.checker.TextContentChecker;
import nu.validator.checker.UncheckedSubtreeWarner;
import nu.validator.checker.UsemapChecker;
import nu.validator.checker.XmlPiChecker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.checker.jing.CheckerValidator;
import nu.validator.checker.table.TableChecker;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.vendor.thaiopensource.relaxng.impl.CombineValidator;
import nu.validator.vendor.thaiopensource.util.PropertyMap;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.Schema;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.Validator;
import nu.validator.vendor.thaiopensource.validate.prop.rng.RngProperty;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import nu.validator.vendor.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.TypedInputSource;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) run in-process, offline, on the HTML5 schema
 * packaged in its jar. Returns the errors of one document; warnings and info are ignored.
 *
 * <p>This assembles what {@code nu.validator.validation.SimpleDocumentValidator} (26.5.2) assembles for
 * {@code checkHtmlInputSource}: main schema html5-all.rnc with its wrappers, the assertion and
 * language-detecting schemas, the same Java checkers, and the HTML parser configured the same way. The class
 * itself cannot be used: its static initialiser configures the Jetty 11 HTTP client of
 * {@code PrudentHttpEntityResolver}, and Jetty 11 is excluded from the test classpath (Boot manages Jetty 12).
 */
final class NuHtmlChecker {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final Schema mainSchema;

    NuHtmlChecker() throws Exception {
        System.setProperty("nu.validator.checker.enableLangDetection", "0");
        System.setProperty("nu.validator.schema.rdfa-full", "1");
        LocalCacheEntityResolver resolver = new LocalCacheEntityResolver(new NullEntityResolver());
        resolver.setAllowRnc(true);
        Collector schemaProblems = new Collector();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, schemaProblems);
        properties.put(ValidateProperty.ENTITY_RESOLVER, resolver);
        properties.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
        RngProperty.CHECK_ID_IDREF.add(properties);
        TypedInputSource schemaInput = (TypedInputSource) resolver.resolveEntity(null, HTML5_SCHEMA);
        Schema schema = CompactSchemaReader.getInstance().createSchema(schemaInput, properties.toPropertyMap());
        if (!schemaProblems.problems.isEmpty()) {
            throw new IllegalStateException("Nu schema did not load: " + schemaProblems.problems);
        }
        schema = new DataAttributeDroppingSchemaWrapper(schema);
        schema = new XmlLangAttributeDroppingSchemaWrapper(schema);
        schema = new RoleAttributeFilteringSchemaWrapper(schema);
        schema = new TemplateElementDroppingSchemaWrapper(schema);
        schema = new NamespaceChangingSchemaWrapper(schema);
        mainSchema = schema;
    }

    /** Every error (and fatal error) the checker reports for this HTML, as "line N, column M: message". */
    List<String> errors(String html) throws Exception {
        Collector collector = new Collector();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collector);
        properties.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
        RngProperty.CHECK_ID_IDREF.add(properties);
        PropertyMap map = properties.toPropertyMap();

        Validator validator = mainSchema.createValidator(map);
        validator = new CombineValidator(validator, CheckerSchema.ASSERTION_SCH.createValidator(map));
        validator = new CombineValidator(validator, CheckerSchema.LANGUAGE_DETECTING_CHECKER.createValidator(map));
        validator = new CombineValidator(validator, new CheckerValidator(new TableChecker(), map));
        validator = new CombineValidator(validator, new CheckerValidator(new DuplicateDtChecker(), map));
        validator = new CombineValidator(validator, new CheckerValidator(new HeadingHierarchyChecker(), map));
        validator = new CombineValidator(validator, new CheckerValidator(new MicrodataChecker(), map));
        validator = new CombineValidator(validator, new CheckerValidator(new NormalizationChecker(), map));
        validator = new CombineValidator(validator, new CheckerValidator(new SpeculationRulesChecker(), map));
        validator = new CombineValidator(validator, new CheckerValidator(new TextContentChecker(), map));
        validator = new CombineValidator(validator, new CheckerValidator(new UncheckedSubtreeWarner(), map));
        validator = new CombineValidator(validator, new CheckerValidator(new UsemapChecker(), map));
        validator = new CombineValidator(validator, new CheckerValidator(new XmlPiChecker(), map));
        validator = new CombineValidator(validator, new CheckerValidator(new CspEnforcementChecker(), map));

        HtmlParser parser = new HtmlParser();
        parser.setCommentPolicy(XmlViolationPolicy.ALLOW);
        parser.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
        parser.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
        parser.setNamePolicy(XmlViolationPolicy.ALLOW);
        parser.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
        parser.setMappingLangToXmlLang(true);
        parser.setHeuristics(Heuristics.ALL);
        parser.setContentHandler(validator.getContentHandler());
        parser.setErrorHandler(collector);
        parser.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
        parser.setStreamabilityViolationPolicy(XmlViolationPolicy.FATAL);

        InputSource source = new InputSource(new StringReader(html));
        source.setSystemId("page.html");
        try {
            parser.parse(source);
        } catch (SAXParseException fatal) {
            // already reported to the collector
        }
        return collector.problems;
    }

    private static final class Collector implements ErrorHandler {

        final List<String> problems = new ArrayList<>();

        @Override
        public void warning(SAXParseException warning) {
            // warnings and info are not failures
        }

        @Override
        public void error(SAXParseException error) {
            problems.add(describe(error));
        }

        @Override
        public void fatalError(SAXParseException error) {
            problems.add("fatal: " + describe(error));
        }

        private static String describe(SAXParseException e) {
            return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
