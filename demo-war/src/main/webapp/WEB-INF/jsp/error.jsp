<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" isErrorPage="true" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<demo:layout titleKey="error.title">
    <h1><fmt:message key="error.title"/></h1>
    <p class="lead" id="server-error"><fmt:message key="error.lead"/></p>
</demo:layout>
