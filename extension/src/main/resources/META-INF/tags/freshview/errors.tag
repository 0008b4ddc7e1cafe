<%@ tag body-content="empty" trimDirectiveWhitespaces="true" pageEncoding="UTF-8"
        description="The messages of one field of this request's form, each in a span, escaped" %><%@
        attribute name="field" required="true" description="the field's request name, as in @FormParam" %><%@
        attribute name="cssClass" required="false" description="the spans' class; error by default" %><%@
        tag import="org.freshview.Form, org.freshview.internal.web.Html" %><%
    Object attribute = request.getAttribute(Form.ATTRIBUTE);
    if (attribute instanceof Form) {
        String css = cssClass == null ? "error" : cssClass;
        for (String message : ((Form) attribute).errors(field)) {
            out.write("<span class=\"" + Html.escape(css) + "\">" + Html.escape(message) + "</span>");
        }
    }
%>