<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true"
%><%@ taglib prefix="fn" uri="jakarta.tags.functions"
%><%-- The benchmark's rendered page, the same for the view, the raw servlet and Jakarta MVC: a form
    pre-filled from the request's 20 fields (view) and carrying a CSRF token (csrf). --%>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Form ${fn:escapeXml(view.p)}</title></head>
<body>
<h1>Form ${fn:escapeXml(view.p)}</h1>
<form method="post">
<input type="hidden" name="${csrf.name}" value="${fn:escapeXml(csrf.value)}">
<p><label>Field 0 <input name="f0" value="${fn:escapeXml(view.f0)}"></label></p>
<p><label>Field 1 <input name="f1" value="${fn:escapeXml(view.f1)}"></label></p>
<p><label>Field 2 <input name="f2" value="${fn:escapeXml(view.f2)}"></label></p>
<p><label>Field 3 <input name="f3" value="${fn:escapeXml(view.f3)}"></label></p>
<p><label>Field 4 <input name="f4" value="${fn:escapeXml(view.f4)}"></label></p>
<p><label>Field 5 <input name="f5" value="${fn:escapeXml(view.f5)}"></label></p>
<p><label>Field 6 <input name="f6" value="${fn:escapeXml(view.f6)}"></label></p>
<p><label>Field 7 <input name="f7" value="${fn:escapeXml(view.f7)}"></label></p>
<p><label>Field 8 <input name="f8" value="${fn:escapeXml(view.f8)}"></label></p>
<p><label>Field 9 <input name="f9" value="${fn:escapeXml(view.f9)}"></label></p>
<p><label>Field 10 <input name="f10" value="${fn:escapeXml(view.f10)}"></label></p>
<p><label>Field 11 <input name="f11" value="${fn:escapeXml(view.f11)}"></label></p>
<p><label>Field 12 <input name="f12" value="${fn:escapeXml(view.f12)}"></label></p>
<p><label>Field 13 <input name="f13" value="${fn:escapeXml(view.f13)}"></label></p>
<p><label>Field 14 <input name="f14" value="${fn:escapeXml(view.f14)}"></label></p>
<p><label>Field 15 <input name="f15" value="${fn:escapeXml(view.f15)}"></label></p>
<p><label>Field 16 <input name="f16" value="${fn:escapeXml(view.f16)}"></label></p>
<p><label>Field 17 <input name="f17" value="${fn:escapeXml(view.f17)}"></label></p>
<p><label>Field 18 <input name="f18" value="${fn:escapeXml(view.f18)}"></label></p>
<p><label>Field 19 <input name="f19" value="${fn:escapeXml(view.f19)}"></label></p>
<button>Save</button>
</form>
</body>
</html>
