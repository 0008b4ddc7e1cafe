<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.FormViewLinks, org.freshview.demo.forms.StartViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<demo:layout titleKey="start.title">
    <h1><fmt:message key="start.heading"/></h1>
    <p class="lead"><fmt:message key="start.lead"/></p>
    <form method="post" action="${ctx}${StartViewLinks.uri()}" class="start">
        <demo:csrf/>
        <button type="submit" class="primary" id="start"><fmt:message key="start.new"/></button>
    </form>

    <h2><fmt:message key="start.recent"/></h2>
    <c:choose>
        <c:when test="${empty view.forms}">
            <p class="empty"><fmt:message key="start.none"/></p>
        </c:when>
        <c:otherwise>
            <table class="forms" id="forms">
                <thead><tr><th><fmt:message key="start.applicant"/></th><th><fmt:message key="start.status"/></th><th><fmt:message key="start.changed"/></th><th></th></tr></thead>
                <tbody>
                <c:forEach var="form" items="${view.forms}">
                    <tr data-key="${fn:escapeXml(form.key)}">
                        <td><c:choose><c:when test="${empty form.fullName}"><fmt:message key="start.noName"/></c:when><c:otherwise><c:out value="${form.fullName}"/></c:otherwise></c:choose></td>
                        <td>
                            <c:choose>
                                <c:when test="${form.submitted}"><span class="badge done"><fmt:message key="start.submitted"/></span></c:when>
                                <c:otherwise><span class="badge draft"><fmt:message key="start.draft"><fmt:param value="${form.reachedPage}"/></fmt:message></span></c:otherwise>
                            </c:choose>
                        </td>
                        <td><c:out value="${form.updated}"/></td>
                        <td><a href="${ctx}${fn:escapeXml(FormViewLinks.uri(form.key))}"><fmt:message key="${form.submitted ? 'start.view' : 'start.continue'}"/></a></td>
                    </tr>
                </c:forEach>
                </tbody>
            </table>
        </c:otherwise>
    </c:choose>
</demo:layout>
