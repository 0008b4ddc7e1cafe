<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.AddressViewLinks, org.freshview.demo.forms.FormViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<demo:layout titleKey="${view.page.titleKey}">
    <demo:progress form="${view.form}" current="${view.page}"/>
    <h1><fmt:message key="${view.page.titleKey}"/></h1>
    <c:if test="${not form.valid}"><p class="summary" role="alert"><fmt:message key="form.correct"/></p></c:if>
    <form method="post" action="${ctx}${fn:escapeXml(AddressViewLinks.uri(view.key))}" novalidate>
        <demo:csrf/>
        <demo:field name="street" autocomplete="street-address" value="${view.form.values.street}"/>
        <demo:field name="postalCode" autocomplete="postal-code" value="${view.form.values.postalCode}"/>
        <demo:field name="city" autocomplete="address-level2" value="${view.form.values.city}"/>
        <demo:field name="country" autocomplete="country-name" value="${view.form.values.country}"/>
        <div class="actions">
            <a class="secondary" href="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 1))}"><fmt:message key="form.back"/></a>
            <button type="submit" class="primary"><fmt:message key="form.continue"/></button>
        </div>
    </form>
</demo:layout>
