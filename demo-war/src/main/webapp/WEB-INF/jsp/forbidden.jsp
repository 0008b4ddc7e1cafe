<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" isErrorPage="true" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<demo:layout title="Refused">
    <h1>This form could not be accepted</h1>
    <p class="lead" id="forbidden">The form was not sent from this site, or its security token expired. Nothing was
        saved. Go back, reload the page and send it again.</p>
</demo:layout>
