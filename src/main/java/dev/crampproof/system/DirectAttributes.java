package dev.crampproof.system;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Enumeration;

/**
 * The request as Thymeleaf sees it, with its attributes read and written where they are kept: in
 * the servlet container's request, under the wrappers Spring Security puts around it (firewall,
 * header writer, servlet API), none of which changes attributes. Thymeleaf keeps every template
 * variable as a request attribute, also those of each {@code th:each} round, and the plan page
 * reads or saves one some 25,000 times; through the wrappers that took about a tenth of the page's
 * time (docs/performance.md, "Plan page, fourth round"). {@link PageView} renders with it. A
 * wrapper that does change attributes (the container's own during a forward or include, say) is
 * passed through as before; everything else about the request still goes through every wrapper.
 */
final class DirectAttributes extends HttpServletRequestWrapper {

    /** Whether a wrapper class has its own way with attributes. */
    private static final ClassValue<Boolean> CHANGES_ATTRIBUTES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != ServletRequestWrapper.class && c != HttpServletRequestWrapper.class;
                    c = c.getSuperclass()) {
                for (var method : c.getDeclaredMethods()) {
                    if (method.getName().endsWith("Attribute") || method.getName().equals("getAttributeNames")) {
                        return true;
                    }
                }
            }
            return false;
        }
    };

    private final ServletRequest attributes;

    DirectAttributes(HttpServletRequest request) {
        super(request);
        ServletRequest holder = request;
        while (holder instanceof ServletRequestWrapper wrapper && !CHANGES_ATTRIBUTES.get(wrapper.getClass())) {
            holder = wrapper.getRequest();
        }
        this.attributes = holder;
    }

    /** The request whose attributes are read and written; for tests. */
    ServletRequest attributeHolder() {
        return attributes;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.getAttribute(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return attributes.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
        attributes.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.removeAttribute(name);
    }
}
