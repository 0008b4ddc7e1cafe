<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.FormViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<demo:layout title="${view.page.title}">
    <demo:progress form="${view.form}" current="${view.page}"/>
    <h1><c:out value="${view.page.title}"/></h1>
    <c:if test="${not empty view.errors}"><p class="summary" role="alert">Please correct the fields marked below.</p></c:if>
    <form method="post" action="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 2))}" novalidate>
        <demo:csrf/>
        <demo:field name="street" label="Street and number" autocomplete="street-address"
                    value="${view.values.street}" error="${view.errors.street}"/>
        <demo:field name="postalCode" label="Postal code" autocomplete="postal-code"
                    value="${view.values.postalCode}" error="${view.errors.postalCode}"/>
        <demo:field name="city" label="City" autocomplete="address-level2"
                    value="${view.values.city}" error="${view.errors.city}"/>
        <demo:field name="country" label="Country" autocomplete="country-name"
                    value="${view.values.country}" error="${view.errors.country}"/>
        <div class="actions">
            <a class="secondary" href="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 1))}">Back</a>
            <button type="submit" class="primary">Save and continue</button>
        </div>
    </form>
</demo:layout>
