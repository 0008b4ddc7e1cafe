<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.AboutYouViewLinks, org.freshview.demo.forms.StartViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<demo:layout titleKey="${view.page.titleKey}">
    <demo:progress form="${view.form}" current="${view.page}"/>
    <h1><fmt:message key="${view.page.titleKey}"/></h1>
    <c:if test="${not form.valid}"><p class="summary" role="alert"><fmt:message key="form.correct"/></p></c:if>
    <form method="post" action="${pageContext.request.contextPath}${fn:escapeXml(AboutYouViewLinks.uri(view.key))}" novalidate>
        <demo:csrf/>
        <demo:field name="fullName" autocomplete="name" value="${view.form.values.fullName}"/>
        <demo:field name="email" type="email" autocomplete="email" value="${view.form.values.email}"/>
        <demo:field name="birthYear" hint="true" autocomplete="bday-year" value="${view.form.values.birthYear}"/>
        <div class="actions">
            <a class="secondary" href="${pageContext.request.contextPath}${StartViewLinks.uri()}"><fmt:message key="form.cancel"/></a>
            <button type="submit" class="primary"><fmt:message key="form.continue"/></button>
        </div>
    </form>
</demo:layout>
