<%@ tag description="Every answer of a form, by page, with links to change them" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="form" required="true" type="org.freshview.demo.forms.MembershipForm" %>
<%@ attribute name="editable" required="true" type="java.lang.Boolean" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<section class="summary-block">
    <h2><span><fmt:message key="page.1"/></span> <c:if test="${editable}"><a class="change" href="${ctx}${fn:escapeXml(form.pageUri(1))}"><fmt:message key="form.change"/></a></c:if></h2>
    <dl>
        <dt><fmt:message key="field.fullName"/></dt><dd id="answer-fullName"><c:out value="${form.values.fullName}"/></dd>
        <dt><fmt:message key="field.email"/></dt><dd id="answer-email"><c:out value="${form.values.email}"/></dd>
        <dt><fmt:message key="field.birthYear"/></dt><dd id="answer-birthYear"><c:out value="${form.values.birthYear}"/></dd>
    </dl>
</section>
<section class="summary-block">
    <h2><span><fmt:message key="page.2"/></span> <c:if test="${editable}"><a class="change" href="${ctx}${fn:escapeXml(form.pageUri(2))}"><fmt:message key="form.change"/></a></c:if></h2>
    <dl>
        <dt><fmt:message key="answer.street"/></dt><dd id="answer-street"><c:out value="${form.values.street}"/></dd>
        <dt><fmt:message key="field.postalCode"/></dt><dd id="answer-postalCode"><c:out value="${form.values.postalCode}"/></dd>
        <dt><fmt:message key="field.city"/></dt><dd id="answer-city"><c:out value="${form.values.city}"/></dd>
        <dt><fmt:message key="field.country"/></dt><dd id="answer-country"><c:out value="${form.values.country}"/></dd>
    </dl>
</section>
<section class="summary-block">
    <h2><span><fmt:message key="page.3"/></span> <c:if test="${editable}"><a class="change" href="${ctx}${fn:escapeXml(form.pageUri(3))}"><fmt:message key="form.change"/></a></c:if></h2>
    <dl>
        <dt><fmt:message key="field.plan"/></dt><dd id="answer-plan"><c:if test="${not empty form.plan}"><fmt:message key="plan.${form.plan.id}"/></c:if></dd>
        <dt><fmt:message key="answer.comments"/></dt><dd id="answer-comments" class="prose"><c:out value="${form.values.comments}"/></dd>
    </dl>
</section>
