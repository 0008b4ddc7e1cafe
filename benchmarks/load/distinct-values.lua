-- wrk script: every request carries its own value in the query (q), in a header (X-Value)
-- and, with the second argument "path", as one more path segment; every response that echoes
-- values must echo that same value in each place. Stops each thread after max_requests (the
-- first argument, default 10 million), so a run is bounded in requests as well as by -d.
--
--   wrk -t1 -c64 -d10s -s distinct-values.lua http://127.0.0.1:8080/load/view -- 2000000 path

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

function init(args)
   max_requests = tonumber(args[1]) or 10000000
   with_path = args[2] == "path"
   sent = 0
   answered = 0
   mismatched = 0
   example = ""
end

function request()
   sent = sent + 1
   local value = "w" .. id .. "n" .. sent
   local path = wrk.path
   if with_path then
      path = path .. "/" .. value
   end
   return wrk.format("GET", path .. "?q=" .. value, { ["X-Value"] = value })
end

function response(status, headers, body)
   answered = answered + 1
   local path, query, header = string.match(body, "path=(%w+) query=(%w+) header=(%w+)")
   if path ~= nil and (query ~= path or header ~= path) then
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
         io.write("mismatch example: ", example)
      end
   end
   io.write(string.format("echo mismatches: %d\n", total))
   io.write(string.format("latency-us p50 p99 p99.9: %d %d %d\n",
      latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
end
