<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.FormViewLinks" %>
<%@ page import="org.freshview.demo.forms.DocumentViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<demo:layout titleKey="${view.page.titleKey}">
    <demo:progress form="${view.form}" current="${view.page}"/>
    <h1><fmt:message key="${view.page.titleKey}"/></h1>
    <c:choose>
        <c:when test="${not empty view.incomplete}">
            <p class="summary" role="alert" id="incomplete"><fmt:message key="review.incomplete"><fmt:param value="${view.incomplete.number}"/><fmt:param><a
                    href="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, view.incomplete.number))}"><fmt:message key="${view.incomplete.titleKey}"/></a></fmt:param></fmt:message></p>
        </c:when>
        <c:otherwise><p class="lead"><fmt:message key="review.lead"/></p></c:otherwise>
    </c:choose>
    <demo:summary form="${view.form}" editable="true"/>
    <p><a id="attach" href="${ctx}${fn:escapeXml(DocumentViewLinks.uri(view.key))}"><fmt:message key="review.attach"/></a> <fmt:message key="review.optional"/></p>
    <form method="post" action="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 4))}">
        <demo:csrf/>
        <div class="actions">
            <a class="secondary" href="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 3))}"><fmt:message key="form.back"/></a>
            <button type="submit" class="primary" id="submit" ${empty view.incomplete ? '' : 'disabled'}><fmt:message key="review.submit"/></button>
        </div>
    </form>
</demo:layout>
