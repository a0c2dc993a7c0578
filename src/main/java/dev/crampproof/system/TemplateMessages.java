package dev.crampproof.system;

import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.messageresolver.SpringMessageResolver;

/**
 * The templates' texts ({@code #{code}}, {@code #{code(…)}}) come from {@link Wording}: those
 * without arguments looked up once per language and kept, those with arguments formatted as
 * Wording formats them (and kept when their arguments allow); codes that have no text go on to
 * Spring's message resolver, which shows them as ??code??. A 13-week plan page asks for some 150
 * texts without arguments and some 70 with (five a week: "Week 3", its date, its progress), most
 * of them the same few ("Log this session" 46 times), and each lookup went through the
 * application context, the message source and a chain of resource bundles.
 */
class TemplateMessages extends AbstractMessageResolver {

    private final ObjectProvider<Wording> wording;

    TemplateMessages(ObjectProvider<Wording> wording) {
        this.wording = wording;
        setOrder(1);
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        try {
            return parameters == null || parameters.length == 0 ? wording.getObject().text(key, context.getLocale())
                    : wording.getObject().text(key, parameters, context.getLocale());
        } catch (NoSuchMessageException unknown) {
            return null; // Spring's resolver shows it as ??key?? like any missing text
        }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] parameters) {
        return null;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /**
         * Gives Boot's template engine this resolver, then Spring's. The engine only makes
         * Spring's itself when no resolver was set, so both are set here, Spring's with the
         * application's message source.
         */
        @Bean
        static BeanPostProcessor templateMessages(ObjectProvider<Wording> wording,
                ObjectProvider<MessageSource> messages) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof SpringTemplateEngine engine) {
                        SpringMessageResolver spring = new SpringMessageResolver();
                        spring.setMessageSource(messages.getObject());
                        spring.setOrder(2);
                        engine.setMessageResolvers(new LinkedHashSet<>(List.of(new TemplateMessages(wording), spring)));
                    }
                    return bean;
                }
            };
        }
    }
}
