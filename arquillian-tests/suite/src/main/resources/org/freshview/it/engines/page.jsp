<%@ page contentType="text/html; charset=UTF-8" %><%@ taglib prefix="c" uri="jakarta.tags.core" %><!DOCTYPE html>
<html><body>
<h1><c:out value="${view.title}"/></h1>
<form method="post"><input type="hidden" name="${csrf.name}" value="${csrf.value}"><input name="title" value="<c:out value='${view.title}'/>"></form>
<ul><c:forEach var="row" items="${view.rows}"><li><c:out value="${row}"/></li></c:forEach></ul>
</body></html>
