<%@ tag description="A labelled text input with its validation message" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="name" required="true" %>
<%@ attribute name="label" required="true" %>
<%@ attribute name="value" required="false" %>
<%@ attribute name="error" required="false" %>
<%@ attribute name="type" required="false" %>
<%@ attribute name="hint" required="false" %>
<%@ attribute name="autocomplete" required="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<div class="field${empty error ? '' : ' invalid'}">
    <label for="${name}"><c:out value="${label}"/></label>
    <c:if test="${not empty hint}"><span class="hint"><c:out value="${hint}"/></span></c:if>
    <input id="${name}" name="${name}" type="${empty type ? 'text' : type}" value="${fn:escapeXml(value)}"
           autocomplete="${empty autocomplete ? 'off' : autocomplete}"
           <c:if test="${not empty error}">aria-invalid="true" aria-describedby="${name}-error"</c:if>>
    <c:if test="${not empty error}"><p class="error" id="${name}-error"><c:out value="${error}"/></p></c:if>
</div>
