<%@ tag description="Every answer of a form, by page, with links to change them" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ tag import="org.freshview.demo.forms.FormViewLinks" %>
<%@ attribute name="form" required="true" type="org.freshview.demo.forms.MembershipForm" %>
<%@ attribute name="editable" required="true" type="java.lang.Boolean" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<section class="summary-block">
    <h2>About you <c:if test="${editable}"><a class="change" href="${ctx}${fn:escapeXml(FormViewLinks.uri(form.key, 1))}">Change</a></c:if></h2>
    <dl>
        <dt>Full name</dt><dd id="answer-fullName"><c:out value="${form.values.fullName}"/></dd>
        <dt>E-mail</dt><dd id="answer-email"><c:out value="${form.values.email}"/></dd>
        <dt>Year of birth</dt><dd id="answer-birthYear"><c:out value="${form.values.birthYear}"/></dd>
    </dl>
</section>
<section class="summary-block">
    <h2>Address <c:if test="${editable}"><a class="change" href="${ctx}${fn:escapeXml(FormViewLinks.uri(form.key, 2))}">Change</a></c:if></h2>
    <dl>
        <dt>Street</dt><dd id="answer-street"><c:out value="${form.values.street}"/></dd>
        <dt>Postal code</dt><dd id="answer-postalCode"><c:out value="${form.values.postalCode}"/></dd>
        <dt>City</dt><dd id="answer-city"><c:out value="${form.values.city}"/></dd>
        <dt>Country</dt><dd id="answer-country"><c:out value="${form.values.country}"/></dd>
    </dl>
</section>
<section class="summary-block">
    <h2>Membership <c:if test="${editable}"><a class="change" href="${ctx}${fn:escapeXml(FormViewLinks.uri(form.key, 3))}">Change</a></c:if></h2>
    <dl>
        <dt>Plan</dt><dd id="answer-plan"><c:out value="${empty form.plan ? '' : form.plan.title}"/></dd>
        <dt>Comments</dt><dd id="answer-comments" class="prose"><c:out value="${form.values.comments}"/></dd>
    </dl>
</section>
