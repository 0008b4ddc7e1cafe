<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.StartViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<%-- <fmt:message> does not escape its parameters: the user's text goes in escaped --%>
<demo:layout titleKey="submitted.title">
    <h1><c:choose><c:when test="${empty view.form.fullName}"><fmt:message key="submitted.thanks"/></c:when><c:otherwise><fmt:message key="submitted.thanksName"><fmt:param value="${fn:escapeXml(view.form.fullName)}"/></fmt:message></c:otherwise></c:choose></h1>
    <p class="lead" id="submitted"><fmt:message key="submitted.lead"><fmt:param value="${view.form.submittedOn}"/><fmt:param value="${fn:escapeXml(view.form.values.email)}"/></fmt:message></p>
    <demo:summary form="${view.form}" editable="false"/>
    <p><a href="${pageContext.request.contextPath}${StartViewLinks.uri()}"><fmt:message key="submitted.all"/></a></p>
</demo:layout>
