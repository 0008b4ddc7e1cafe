package org.freshview.it.views;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import org.freshview.CsrfExempt;
import org.freshview.View;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** Counts what it was sent, to show where Freshview's request limits cut in. */
@View("/limits")
@CsrfExempt
public class LimitsView {

    @GET
    public String get(@QueryParam("a") List<String> a, @QueryParam("decimal") Optional<BigDecimal> decimal,
                      @QueryParam("integer") Optional<BigInteger> integer) {
        return "a=" + a.size() + " decimal=" + decimal.map(d -> d.precision()).orElse(0)
                + " integer=" + integer.map(i -> i.toString().length()).orElse(0);
    }

    @POST
    public String post(@FormParam("a") List<String> a) {
        return "a=" + a.size();
    }

    @PUT
    public String put(@FormParam("a") List<String> a) {
        return "a=" + a.size();
    }
}
