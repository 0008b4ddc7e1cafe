<%@ tag description="Where the user is among the pages of the form" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="form" required="true" type="org.freshview.demo.forms.MembershipForm" %>
<%@ attribute name="current" required="true" type="org.freshview.demo.forms.Page" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<ol class="progress">
    <c:forEach var="step" items="${current.steps}">
        <li class="${step == current ? 'current' : (step.number <= form.reachedPage ? 'reached' : '')}">
            <c:choose>
                <c:when test="${step != current and step.number <= form.reachedPage}">
                    <a href="${pageContext.request.contextPath}${fn:escapeXml(form.pageUri(step.number))}"><fmt:message key="${step.titleKey}"/></a>
                </c:when>
                <c:otherwise><fmt:message key="${step.titleKey}"/></c:otherwise>
            </c:choose>
        </li>
    </c:forEach>
</ol>
