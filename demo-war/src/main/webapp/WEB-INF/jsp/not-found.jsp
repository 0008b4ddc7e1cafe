<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" isErrorPage="true" %>
<%@ page import="org.freshview.demo.forms.StartViewLinks" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<demo:layout titleKey="notFound.title">
    <h1><fmt:message key="notFound.title"/></h1>
    <%-- The link goes into the sentence as a parameter: WildFly's JSP engine drops a space after <fmt:message/> --%>
    <p class="lead" id="not-found"><fmt:message key="notFound.lead"><fmt:param><a href="${pageContext.request.contextPath}${StartViewLinks.uri()}"><fmt:message key="notFound.list"/></a></fmt:param></fmt:message></p>
</demo:layout>
