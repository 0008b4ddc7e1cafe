<%@ tag description="The page shell: head, stylesheet, header with the language switch" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ tag import="org.freshview.demo.forms.StartViewLinks" %>
<%@ tag import="org.freshview.demo.ServingInstance" %>
<%@ tag import="org.freshview.demo.language.Language" %>
<%@ tag import="org.freshview.demo.language.LocalPath" %>
<%@ attribute name="titleKey" required="true" description="the key of the page's title in the demo's bundle" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%-- Links are made by Java expressions or a bean's method here, not by EL on an imported class:
     WildFly's JSP engine does not resolve a tag file's imported classes in EL (the link is empty) --%>
<%-- Before any output: the header must go out with the page (see ServingInstance) --%>
<c:set var="servedBy" value='<%= ServingInstance.mark((jakarta.servlet.http.HttpServletRequest) request,
        (jakarta.servlet.http.HttpServletResponse) response) %>'/>
<%-- The language for every <fmt:message> of the request, the one Freshview validated in (CookieLocaleResolver) --%>
<c:set var="language" value='<%= Language.of((jakarta.servlet.http.HttpServletRequest) request) %>'/>
<fmt:setLocale value="${language.tag}" scope="request"/>
<c:set var="back" value='<%= LocalPath.of((jakarta.servlet.http.HttpServletRequest) request) %>'/>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<!DOCTYPE html>
<html lang="${language.tag}">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><fmt:message key="site.title"><fmt:param><fmt:message key="${titleKey}"/></fmt:param></fmt:message></title>
    <link rel="stylesheet" href="${ctx}/style.css">
</head>
<body>
<header class="site">
    <a class="brand" href="${ctx}<%= StartViewLinks.uri() %>"><fmt:message key="site.brand"/></a>
    <span class="tagline"><fmt:message key="site.tagline"/></span>
    <nav class="languages" aria-label="<fmt:message key="site.language"/>">
        <c:forEach var="other" items="<%= Language.all() %>">
            <c:choose>
                <c:when test="${other == language}"><span class="current" lang="${other.tag}"><c:out value="${other.displayName}"/></span></c:when>
                <c:otherwise><a id="language-${other.tag}" lang="${other.tag}" href="${ctx}${fn:escapeXml(other.switchPath(back))}"><c:out value="${other.displayName}"/></a></c:otherwise>
            </c:choose>
        </c:forEach>
    </nav>
</header>
<main>
<%-- Left by the previous request's redirect (Result.redirect(...).flash), shown once --%>
<c:if test="${not empty flash.saved}"><p class="notice" id="flash-saved" role="status"><c:out value="${flash.saved}"/></p></c:if>
<jsp:doBody/>
</main>
<footer class="site"><fmt:message key="site.footer"><fmt:param><span id="served-by"><c:out value="${servedBy}"/></span></fmt:param></fmt:message></footer>
</body>
</html>
