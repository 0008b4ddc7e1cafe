<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.FormViewLinks" %>
<%@ page import="org.freshview.demo.forms.DocumentViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<demo:layout titleKey="document.title">
    <h1><fmt:message key="document.title"/></h1>
    <p class="lead"><fmt:message key="document.lead"/></p>
    <c:if test="${not empty view.document}">
        <p id="attached"><fmt:message key="document.attached"><fmt:param><strong><c:out value="${view.document.fileName}"/></strong></fmt:param>
            <fmt:param value="${fn:escapeXml(view.document.contentType)}"/><fmt:param value="${view.document.size}"/></fmt:message></p>
    </c:if>
    <form method="post" enctype="multipart/form-data" action="${ctx}${fn:escapeXml(DocumentViewLinks.uri(view.key))}">
        <demo:csrf/>
        <div class="field${empty view.error ? '' : ' invalid'}">
            <label for="document"><fmt:message key="document.file"/></label>
            <input type="file" id="document" name="document" accept="image/jpeg,image/png,application/pdf">
            <c:if test="${not empty view.error}"><p class="error" id="document-error"><c:out value="${view.error}"/></p></c:if>
        </div>
        <div class="actions">
            <a class="secondary" href="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 4))}"><fmt:message key="form.back"/></a>
            <button type="submit" class="primary" id="upload"><fmt:message key="document.attach"/></button>
        </div>
    </form>
</demo:layout>
