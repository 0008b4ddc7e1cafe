<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %>
<%@ page import="org.freshview.demo.forms.FormViewLinks" %>
<%@ page import="org.freshview.demo.forms.DocumentViewLinks" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="demo" tagdir="/WEB-INF/tags" %>
<c:set var="ctx" value="${pageContext.request.contextPath}"/>
<demo:layout title="A photo or document">
    <h1>A photo or document</h1>
    <p class="lead">Optional: a photo of you, or a PDF such as a rowing certificate. JPEG, PNG or PDF, at most 1 MB.</p>
    <c:if test="${not empty view.document}">
        <p id="attached">Attached: <strong><c:out value="${view.document.fileName}"/></strong>
            (<c:out value="${view.document.contentType}"/>, <c:out value="${view.document.size}"/> bytes). A new file replaces it.</p>
    </c:if>
    <form method="post" enctype="multipart/form-data" action="${ctx}${fn:escapeXml(DocumentViewLinks.uri(view.key))}">
        <demo:csrf/>
        <div class="field${empty view.error ? '' : ' invalid'}">
            <label for="document">File</label>
            <input type="file" id="document" name="document" accept="image/jpeg,image/png,application/pdf">
            <c:if test="${not empty view.error}"><p class="error" id="document-error"><c:out value="${view.error}"/></p></c:if>
        </div>
        <div class="actions">
            <a class="secondary" href="${ctx}${fn:escapeXml(FormViewLinks.uri(view.key, 4))}">Back</a>
            <button type="submit" class="primary" id="upload">Attach</button>
        </div>
    </form>
</demo:layout>
