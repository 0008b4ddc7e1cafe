<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.FormViewLinks, org.freshview.demo.forms.StartViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<demo:layout title="${view.page.title}">
    <demo:progress form="${view.form}" current="${view.page}"/>
    <h1><c:out value="${view.page.title}"/></h1>
    <c:if test="${not empty view.errors}"><p class="summary" role="alert">Please correct the fields marked below.</p></c:if>
    <form method="post" action="${pageContext.request.contextPath}${fn:escapeXml(FormViewLinks.uri(view.key, 1))}" novalidate>
        <demo:csrf/>
        <demo:field name="fullName" label="Full name" autocomplete="name"
                    value="${view.values.fullName}" error="${view.errors.fullName}"/>
        <demo:field name="email" label="E-mail" type="email" autocomplete="email"
                    value="${view.values.email}" error="${view.errors.email}"/>
        <demo:field name="birthYear" label="Year of birth" hint="Members are 16 or older." autocomplete="bday-year"
                    value="${view.values.birthYear}" error="${view.errors.birthYear}"/>
        <div class="actions">
            <a class="secondary" href="${pageContext.request.contextPath}${StartViewLinks.uri()}">Cancel</a>
            <button type="submit" class="primary">Save and continue</button>
        </div>
    </form>
</demo:layout>
