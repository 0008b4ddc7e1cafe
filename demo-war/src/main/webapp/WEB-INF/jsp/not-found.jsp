<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" isErrorPage="true" %>
<%@ page import="org.freshview.demo.forms.StartViewLinks" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<demo:layout title="Not found">
    <h1>Not found</h1>
    <p class="lead" id="not-found">There is no application or page at this address. Check the link, or start again
        from <a href="${pageContext.request.contextPath}${StartViewLinks.uri()}">the list of applications</a>.</p>
</demo:layout>
