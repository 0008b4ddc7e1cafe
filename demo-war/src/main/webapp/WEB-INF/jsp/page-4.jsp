<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.FormViewLinks" %>
<%@ page import="org.freshview.demo.forms.DocumentViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<demo:layout title="${view.page.title}">
    <demo:progress form="${view.form}" current="${view.page}"/>
    <h1><c:out value="${view.page.title}"/></h1>
    <c:choose>
        <c:when test="${not empty view.incomplete}">
            <p class="summary" role="alert" id="incomplete">Page <c:out value="${view.incomplete.number}"/>,
                <a href="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, view.incomplete.number))}"><c:out value="${view.incomplete.title}"/></a>,
                still has missing or invalid answers.</p>
        </c:when>
        <c:otherwise><p class="lead">Check your answers, then submit. You cannot change them afterwards.</p></c:otherwise>
    </c:choose>
    <demo:summary form="${view.form}" editable="true"/>
    <p><a id="attach" href="${ctx}${fn:escapeXml(DocumentViewLinks.uri(view.key))}">Attach a photo or document</a> (optional)</p>
    <form method="post" action="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 4))}">
        <demo:csrf/>
        <div class="actions">
            <a class="secondary" href="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 3))}">Back</a>
            <button type="submit" class="primary" id="submit" ${empty view.incomplete ? '' : 'disabled'}>Submit application</button>
        </div>
    </form>
</demo:layout>
