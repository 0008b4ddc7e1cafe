<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.FormViewLinks, org.freshview.demo.forms.StartViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<demo:layout title="Applications">
    <h1>Become a member</h1>
    <p class="lead">Four short pages: about you, your address, your membership, then a review.
        Your answers are saved on every page, so you can come back to the link later.</p>
    <form method="post" action="${ctx}${StartViewLinks.uri()}" class="start">
        <demo:csrf/>
        <button type="submit" class="primary" id="start">Start a new application</button>
    </form>

    <h2>Recent applications</h2>
    <c:choose>
        <c:when test="${empty view.forms}">
            <p class="empty">No applications yet.</p>
        </c:when>
        <c:otherwise>
            <table class="forms" id="forms">
                <thead><tr><th>Applicant</th><th>Status</th><th>Last change (UTC)</th><th></th></tr></thead>
                <tbody>
                <c:forEach var="form" items="${view.forms}">
                    <tr data-key="${fn:escapeXml(form.key)}">
                        <td><c:out value="${empty form.fullName ? '(no name yet)' : form.fullName}"/></td>
                        <td>
                            <c:choose>
                                <c:when test="${form.submitted}"><span class="badge done">Submitted</span></c:when>
                                <c:otherwise><span class="badge draft">Draft, page <c:out value="${form.reachedPage}"/> of 4</span></c:otherwise>
                            </c:choose>
                        </td>
                        <td><c:out value="${form.updated}"/></td>
                        <td><a href="${ctx}${fn:escapeXml(FormViewLinks.uri(form.key))}">${form.submitted ? 'View' : 'Continue'}</a></td>
                    </tr>
                </c:forEach>
                </tbody>
            </table>
        </c:otherwise>
    </c:choose>
</demo:layout>
