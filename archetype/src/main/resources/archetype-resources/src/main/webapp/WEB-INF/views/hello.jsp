<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="${package}.HelloViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
#[[<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Hello</title>
</head>
<body>
<%-- "view" is this request's HelloView; HelloViewLinks.uri(name) builds its URL --%>
<h1 id="message"><c:out value="${view.message}"/></h1>
<p>Say hello to <a href="${pageContext.request.contextPath}${HelloViewLinks.uri('Grace Hopper')}">Grace Hopper</a>,
    or <a href="${pageContext.request.contextPath}${HelloViewLinks.uri(view.name)}?greeting=Hi">greet <c:out value="${view.name}"/> again</a>.</p>
</body>
</html>
]]#
