<%@ tag body-content="empty" trimDirectiveWhitespaces="true" pageEncoding="UTF-8"
        description="The text sent for a field, else the default, escaped for an attribute or text" %><%@
        attribute name="field" required="true" description="the field's request name, as in @FormParam" %><%@
        attribute name="defaultValue" required="false" type="java.lang.Object"
        description="shown when the request sent nothing for the field, for example ${view.email}" %><%@
        tag import="org.freshview.Form, org.freshview.internal.web.Html" %><%
    Object attribute = request.getAttribute(Form.ATTRIBUTE);
    String sent = attribute instanceof Form ? ((Form) attribute).value(field) : null;
    Object shown = sent != null ? sent : defaultValue;
    out.write(Html.escape(shown == null ? "" : String.valueOf(shown)));
%>