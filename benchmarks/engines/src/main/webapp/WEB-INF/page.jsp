<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" %><%@ taglib prefix="c" uri="jakarta.tags.core" %><!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title><c:out value="${view.title}"/></title></head>
<body>
<h1><c:out value="${view.title}"/></h1>
<form method="post">
<input type="hidden" name="${csrf.name}" value="${csrf.value}">
<c:forEach var="field" items="${view.fields}"><label><c:out value="${field.label}"/> <input name="${field.name}" value="<c:out value='${field.value}'/>"></label>
</c:forEach><button>Save</button>
</form>
<table>
<tr><th>Id</th><th>Name</th><th>Email</th><th>Plan</th></tr>
<c:forEach var="row" items="${view.rows}"><tr><td>${row.id}</td><td><c:out value="${row.name}"/></td><td><c:out value="${row.email}"/></td><td><c:out value="${row.plan}"/></td></tr>
</c:forEach></table>
</body></html>
