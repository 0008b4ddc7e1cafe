<%@ tag description="The page shell: head, stylesheet, header" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ tag import="org.freshview.demo.forms.StartViewLinks" %>
<%@ tag import="org.freshview.demo.ServingInstance" %>
<%@ attribute name="title" required="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%-- Before any output: the header must go out with the page (see ServingInstance) --%>
<c:set var="servedBy" value='<%= ServingInstance.mark((jakarta.servlet.http.HttpServletRequest) request,
        (jakarta.servlet.http.HttpServletResponse) response) %>'/>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><c:out value="${title}"/> · Freshview demo</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/style.css">
</head>
<body>
<header class="site">
    <a class="brand" href="${pageContext.request.contextPath}${StartViewLinks.uri()}">Riverside Rowing Club</a>
    <span class="tagline">membership applications · a Freshview demo</span>
</header>
<main>
<%-- Left by the previous request's redirect (Result.redirect(...).flash), shown once --%>
<c:if test="${not empty flash.saved}"><p class="notice" id="flash-saved" role="status"><c:out value="${flash.saved}"/></p></c:if>
<jsp:doBody/>
</main>
<footer class="site">Every request to this page got its own instance of the view class.
    Served by <span id="served-by"><c:out value="${servedBy}"/></span>.</footer>
</body>
</html>
