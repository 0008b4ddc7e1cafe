<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.PlanViewLinks, org.freshview.demo.forms.FormViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="fv" uri="https://freshview.org/tags" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<%-- The plan sent (also an invalid one: no radio is then checked), else the stored one --%>
<c:set var="chosen" value="${empty form.values.plan ? view.form.values.plan : form.values.plan}"/>
<demo:layout titleKey="${view.page.titleKey}">
    <demo:progress form="${view.form}" current="${view.page}"/>
    <h1><fmt:message key="${view.page.titleKey}"/></h1>
    <c:if test="${not form.valid}"><p class="summary" role="alert"><fmt:message key="form.correct"/></p></c:if>
    <form method="post" action="${ctx}${fn:escapeXml(PlanViewLinks.uri(view.key))}" novalidate>
        <demo:csrf/>
        <fieldset class="field${empty form.errors['plan'] ? '' : ' invalid'}">
            <legend><fmt:message key="field.plan"/></legend>
            <c:forEach var="plan" items="${view.plans}">
                <label class="choice">
                    <input type="radio" name="plan" id="plan-${plan.id}" value="${plan.id}"
                           ${chosen == plan.id ? 'checked' : ''}>
                    <strong><fmt:message key="plan.${plan.id}"/></strong> <span class="hint"><fmt:message key="plan.${plan.id}.description"/></span>
                </label>
            </c:forEach>
            <c:if test="${not empty form.errors['plan']}"><p class="error" id="plan-error"><fv:errors field="plan" cssClass="message"/></p></c:if>
        </fieldset>
        <div class="field${empty form.errors['comments'] ? '' : ' invalid'}">
            <label for="comments"><fmt:message key="field.comments"/></label>
            <span class="hint"><fmt:message key="field.comments.hint"/></span>
            <textarea id="comments" name="comments" rows="4"><fv:value field="comments" defaultValue="${view.form.values.comments}"/></textarea>
            <c:if test="${not empty form.errors['comments']}"><p class="error" id="comments-error"><fv:errors field="comments" cssClass="message"/></p></c:if>
        </div>
        <div class="actions">
            <a class="secondary" href="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 2))}"><fmt:message key="form.back"/></a>
            <button type="submit" class="primary"><fmt:message key="form.review"/></button>
        </div>
    </form>
</demo:layout>
