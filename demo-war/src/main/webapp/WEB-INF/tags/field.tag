<%@ tag description="A labelled text input with what the user typed and its validation messages" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="name" required="true" description="the form parameter, as in @FormParam; the label is field.<name>" %>
<%@ attribute name="value" required="false" description="the stored answer, shown when the request sent nothing" %>
<%@ attribute name="type" required="false" %>
<%@ attribute name="hint" required="false" type="java.lang.Boolean" description="show the text field.<name>.hint" %>
<%@ attribute name="autocomplete" required="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fv" uri="https://freshview.org/tags" %>
<%-- ${form}: Freshview's outcome of binding and validating this request (org.freshview.Form) --%>
<c:set var="invalid" value="${not empty form.errors[name]}"/>
<div class="field${invalid ? ' invalid' : ''}">
    <label for="${name}"><fmt:message key="field.${name}"/></label>
    <c:if test="${hint}"><span class="hint"><fmt:message key="field.${name}.hint"/></span></c:if>
    <input id="${name}" name="${name}" type="${empty type ? 'text' : type}" value="<fv:value field="${name}" defaultValue="${value}"/>"
           autocomplete="${empty autocomplete ? 'off' : autocomplete}"
           <c:if test="${invalid}">aria-invalid="true" aria-describedby="${name}-error"</c:if>>
    <c:if test="${invalid}"><p class="error" id="${name}-error"><fv:errors field="${name}" cssClass="message"/></p></c:if>
</div>
