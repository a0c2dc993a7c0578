package dev.crampproof.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/** After a POST the browser should GET the next page: 303, not Spring's default 302. */
public final class SeeOther {

    private SeeOther() {
    }

    /**
     * A 303 to the path template with its {placeholders} filled in, each value percent-encoded:
     * a token or session id in the address is whatever the request said. Taken as a template by
     * the redirect itself, a "{x}" there made it fail (a 500), and a "#" or "?" would have moved
     * the rest of the value out of the path.
     */
    public static View to(String template, Object... values) {
        String url = UriComponentsBuilder.fromUriString(template).encode().buildAndExpand(values).toUriString();
        RedirectView redirect = new RedirectView(url);
        redirect.setExpandUriTemplateVariables(false);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }
}
