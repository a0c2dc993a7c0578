package dev.crampproof.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Boot's error controller, which renders the error pages, with one change: {@code /error}
 * asked for directly, with no error behind it, is a 404. Boot answers it with a 500, so anyone
 * could make the app report a server error.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

    @Bean
    BasicErrorController basicErrorController(ErrorAttributes errorAttributes, WebProperties web,
            ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new BasicErrorController(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList()) {
            @Override
            protected HttpStatus getStatus(HttpServletRequest request) {
                return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND
                        : super.getStatus(request);
            }
        };
    }
}
