<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" isErrorPage="true" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<demo:layout title="Something went wrong">
    <h1>Something went wrong</h1>
    <p class="lead" id="server-error">The server could not finish this request; it was logged. Please try again in a
        moment.</p>
</demo:layout>
