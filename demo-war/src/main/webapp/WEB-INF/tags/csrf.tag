<%@ tag description="The CSRF token every form posts back" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<input type="hidden" name="${fn:escapeXml(csrf.name)}" value="${fn:escapeXml(csrf.value)}">
