-- wrk script for the rendered page (page.jsp): every request carries its own value as one more
-- path segment and in each of the 20 query fields f0..f19, plus a cookie (Krazo 3.0.1's cookie
-- CSRF strategy reads request.getCookies() without a null check). Every response must show that
-- value in its heading and in fields 0 and 19, and carry a CSRF token field.
--
--   wrk -t1 -c64 -d10s -s page.lua http://127.0.0.1:8080/load/page/view -- 2000000

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

function init(args)
   max_requests = tonumber(args[1]) or 10000000
   sent = 0
   answered = 0
   mismatched = 0
   example = ""
end

function request()
   sent = sent + 1
   local value = "w" .. id .. "n" .. sent
   local query = {}
   for i = 0, 19 do
      query[#query + 1] = "f" .. i .. "=" .. value
   end
   return wrk.format("GET", wrk.path .. "/" .. value .. "?" .. table.concat(query, "&"), { ["Cookie"] = "visit=1" })
end

function response(status, headers, body)
   answered = answered + 1
   local value = string.match(body, "<h1>Form (%w+)</h1>")
   local first = string.match(body, 'name="f0" value="(%w+)"')
   local last = string.match(body, 'name="f19" value="(%w+)"')
   local token = string.match(body, 'type="hidden" name="_csrf" value="([%w_%-]+)"')
   if value == nil or first ~= value or last ~= value or token == nil then
      mismatched = mismatched + 1
      example = body
   end
   if answered >= max_requests then
      wrk.thread:stop()
   end
end

function done(summary, latency, requests)
   local total = 0
   for _, thread in ipairs(threads) do
      total = total + thread:get("mismatched")
      local example = thread:get("example")
      if example ~= "" then
         io.write("mismatch example: ", string.sub(example, 1, 300), "\n")
      end
   end
   io.write(string.format("echo mismatches: %d\n", total))
   io.write(string.format("latency-us p50 p99 p99.9: %d %d %d\n",
      latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
end
