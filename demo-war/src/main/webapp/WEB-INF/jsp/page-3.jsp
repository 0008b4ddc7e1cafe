<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.FormViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<demo:layout title="${view.page.title}">
    <demo:progress form="${view.form}" current="${view.page}"/>
    <h1><c:out value="${view.page.title}"/></h1>
    <c:if test="${not empty view.errors}"><p class="summary" role="alert">Please correct the fields marked below.</p></c:if>
    <form method="post" action="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 3))}" novalidate>
        <demo:csrf/>
        <fieldset class="field${empty view.errors.plan ? '' : ' invalid'}">
            <legend>Plan</legend>
            <c:forEach var="plan" items="${view.plans}">
                <label class="choice">
                    <input type="radio" name="plan" id="plan-${plan.id}" value="${plan.id}"
                           ${view.values.plan == plan.id ? 'checked' : ''}>
                    <strong><c:out value="${plan.title}"/></strong> <span class="hint"><c:out value="${plan.description}"/></span>
                </label>
            </c:forEach>
            <c:if test="${not empty view.errors.plan}"><p class="error" id="plan-error"><c:out value="${view.errors.plan}"/></p></c:if>
        </fieldset>
        <div class="field${empty view.errors.comments ? '' : ' invalid'}">
            <label for="comments">Anything we should know?</label>
            <span class="hint">Optional: experience, boats you row, questions.</span>
            <textarea id="comments" name="comments" rows="4"><c:out value="${view.values.comments}"/></textarea>
            <c:if test="${not empty view.errors.comments}"><p class="error" id="comments-error"><c:out value="${view.errors.comments}"/></p></c:if>
        </div>
        <div class="actions">
            <a class="secondary" href="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 2))}">Back</a>
            <button type="submit" class="primary">Save and review</button>
        </div>
    </form>
</demo:layout>
