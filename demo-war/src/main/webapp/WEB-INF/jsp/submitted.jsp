<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.StartViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<demo:layout title="Application submitted">
    <h1>Thank you<c:if test="${not empty view.form.fullName}">, <c:out value="${view.form.fullName}"/></c:if></h1>
    <p class="lead" id="submitted">Your application was submitted on <c:out value="${view.form.submittedOn}"/> UTC.
        We will write to <c:out value="${view.form.values.email}"/> within a week.</p>
    <demo:summary form="${view.form}" editable="false"/>
    <p><a href="${pageContext.request.contextPath}${StartViewLinks.uri()}">All applications</a></p>
</demo:layout>
