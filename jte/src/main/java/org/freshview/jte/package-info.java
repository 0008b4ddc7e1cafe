/**
 * jte 3 for Freshview: {@code Result.render("order.jte")} renders the template
 * {@code src/main/jte/order.jte}, precompiled by jte-maven-plugin, with the page's model as its
 * parameters.
 */
package org.freshview.jte;
