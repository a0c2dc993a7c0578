package dev.crampproof.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/** After a POST the browser should GET the next page: 303, not Spring's default 302. */
public final class SeeOther {

    private SeeOther() {
    }

    public static View to(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }
}
