#!/usr/bin/env python3
"""Writes the sources of a WAR with 3,000 classes, shaped like a large application, for the
deployment-time benchmark of the shared-state audit (benchmarks/deploy/run.sh).

usage: generate.py OUTPUT_DIR [--views N] [--beans N] [--scale K] [--plain]

By default 1000 views each injecting its own @ApplicationScoped bean (1000), 400 servlets, 200
filters, 100 context listeners, 100 @Singleton Jakarta REST resources, 200 plain helper classes.
Every 100th bean and servlet writes a field in a request (a finding), the rest are safe, so the
audit reads every class and logs a realistic handful of warnings.

--views N and --beans N set those counts (view i injects bean i, so beans >= views); --scale K
multiplies the servlets, filters, listeners, resources and helpers. The start-up comparison
(run.sh --compare freshview) uses --views 500 --beans 1000 --scale 2: 500 views and 3,000 other
classes. --plain writes the views without Freshview: the same classes, fields, injection and
handler, as @RequestScoped beans without @View, @QueryParam or Result, for a WAR without the
extension.
"""
import argparse
import os

PACKAGE = "com.example.gen"


def write(root, name, body):
    path = os.path.join(root, *PACKAGE.split("."), name + ".java")
    with open(path, "w") as out:
        out.write("package " + PACKAGE + ";\n\n" + body)


def main(root, views, beans, scale, plain):
    os.makedirs(os.path.join(root, *PACKAGE.split(".")), exist_ok=True)
    for i in range(views):
        if plain:
            write(root, f"View{i}", f"""import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

@RequestScoped
public class View{i} {{
    @Inject
    Bean{i} bean;

    String q;

    public String show() {{
        return bean.value(q) + Helper{i % 200}.trim(q);
    }}
}}
""")
            continue
        write(root, f"View{i}", f"""import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import org.freshview.Result;
import org.freshview.View;

@View("/v{i}")
public class View{i} {{
    @Inject
    Bean{i} bean;

    @QueryParam("q")
    String q;

    @GET
    public Result show() {{
        return Result.text(bean.value(q) + Helper{i % 200}.trim(q));
    }}
}}
""")
    for i in range(beans):
        unsafe = i % 100 == 0
        write(root, f"Bean{i}", f"""import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

@ApplicationScoped
public class Bean{i} {{
    private final AtomicLong hits = new AtomicLong();
    {"private String last;" if unsafe else ""}

    public String value(String q) {{
        {"last = q;" if unsafe else ""}
        return "bean{i}:" + hits.incrementAndGet() + ":" + q;
    }}
}}
""")
    for i in range(400 * scale):
        unsafe = i % 100 == 0
        write(root, f"Servlet{i}", f"""import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet("/s{i}")
public class Servlet{i} extends HttpServlet {{
    private String prefix;
    {"private String last;" if unsafe else ""}

    @Override
    public void init() {{
        prefix = "servlet{i}:";
    }}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {{
        String q = request.getParameter("q");
        {"last = q;" if unsafe else ""}
        response.getWriter().write(prefix + Helper{i % (200 * scale)}.trim(q));
    }}
}}
""")
    for i in range(200 * scale):
        write(root, f"Filter{i}", f"""import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebFilter("/s{i}")
public class Filter{i} extends HttpFilter {{
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {{
        response.setHeader("X-Filter", "{i}");
        chain.doFilter(request, response);
    }}
}}
""")
        write(root, f"Helper{i}", f"""public final class Helper{i} {{
    private Helper{i}() {{
    }}

    public static String trim(String value) {{
        return value == null ? "" : value.strip();
    }}

    public static int weight(String value) {{
        int weight = {i};
        for (char c : trim(value).toCharArray()) {{
            weight = weight * 31 + c;
        }}
        return weight;
    }}
}}
""")
    for i in range(100 * scale):
        write(root, f"Listener{i}", f"""import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

@WebListener
public class Listener{i} implements ServletContextListener {{
    private long started;

    @Override
    public void contextInitialized(ServletContextEvent event) {{
        started = System.nanoTime();
        event.getServletContext().setAttribute("listener{i}", started);
    }}
}}
""")
        write(root, f"Resource{i}", f"""import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

@Path("/r{i}")
@Singleton
public class Resource{i} {{
    @GET
    public String get(@QueryParam("q") String q) {{
        return "resource{i}:" + Helper{i}.weight(q);
    }}
}}
""")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--views", type=int, default=1000)
    parser.add_argument("--beans", type=int, default=1000)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--plain", action="store_true")
    args = parser.parse_args()
    if args.beans < args.views:
        parser.error("--beans must be at least --views (view i injects bean i)")
    main(args.root, args.views, args.beans, args.scale, args.plain)
