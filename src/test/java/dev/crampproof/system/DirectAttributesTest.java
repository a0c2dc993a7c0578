package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Thymeleaf's request reads and writes attributes straight in the request that keeps them, past
 * wrappers that leave attributes alone, but not past one that has its own; the rest of the request
 * still comes through every wrapper.
 */
class DirectAttributesTest {

    @Test
    void attributes_go_to_the_innermost_request_past_wrappers_that_leave_them_alone() {
        MockHttpServletRequest container = new MockHttpServletRequest();
        HttpServletRequest wrapped = new HttpServletRequestWrapper(new HttpServletRequestWrapper(container) {
            @Override
            public String getHeader(String name) {
                return "from the wrapper";
            }
        });

        DirectAttributes request = new DirectAttributes(wrapped);
        request.setAttribute("plan", "Ana's");
        container.setAttribute("week", 3);

        assertThat(request.attributeHolder()).isSameAs(container);
        assertThat(container.getAttribute("plan")).isEqualTo("Ana's");
        assertThat(wrapped.getAttribute("plan")).isEqualTo("Ana's");
        assertThat(request.getAttribute("week")).isEqualTo(3);
        assertThat(Collections.list(request.getAttributeNames())).contains("plan", "week");
        request.removeAttribute("plan");
        assertThat(container.getAttribute("plan")).isNull();
        assertThat(request.getHeader("Accept")).as("other calls still go through the wrappers").isEqualTo("from the wrapper");
    }

    @Test
    void a_wrapper_with_attributes_of_its_own_is_asked_as_before() {
        MockHttpServletRequest container = new MockHttpServletRequest();
        HttpServletRequestWrapper forward = new HttpServletRequestWrapper(container) {
            @Override
            public Object getAttribute(String name) {
                return "jakarta.servlet.forward.request_uri".equals(name) ? "/plans/abc" : super.getAttribute(name);
            }
        };

        DirectAttributes request = new DirectAttributes(new HttpServletRequestWrapper(forward));

        assertThat(request.attributeHolder()).isSameAs(forward);
        assertThat(request.getAttribute("jakarta.servlet.forward.request_uri")).isEqualTo("/plans/abc");
    }
}
