/**
 * Thymeleaf 3.1 for Freshview: {@code Result.render("order.html")} renders
 * {@code /WEB-INF/templates/order.html} with the page's model as variables.
 */
package org.freshview.thymeleaf;
