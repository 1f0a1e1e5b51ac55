-- Readers for bench/mixed.py: every request picks a path from a weighted list.
--
--   wrk -t2 -c16 -d60s -s bench/zipf.lua http://127.0.0.1:18001/ -- data=FILE seed=N
--
-- FILE (written by bench/mixed.py) has one path a line: "cumulative<TAB>watched<TAB>path",
-- the cumulative probabilities rising to 1; a path is drawn by a binary search for a uniform
-- random number in that CDF. Paths marked watched (1) are counted when requested, so the
-- benchmark knows which of them nobody asked for.
--
-- Each thread counts responses by their X-Cache header (every distinct value, "(none)" when
-- absent) and by status code; done() gathers the threads' counts with thread:get, as wrk's
-- documentation shows, and prints one line the Python side parses:
--   MIXED-RESULT {"requests": ..., "cache": {...}, "status": {...}, ...}

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

local function options(args)
   local found = {}
   for _, arg in pairs(args) do
      local key, value = string.match(arg, "^(%w+)=(.*)$")
      if key then
         found[key] = value
      end
   end
   return found
end

function init(args)
   local opts = options(args)
   paths, cdf, watch = {}, {}, {}
   for line in io.lines(opts.data) do
      local cumulative, watched, path = string.match(line, "^(%S+)\t(%d)\t(%S+)$")
      table.insert(cdf, tonumber(cumulative))
      table.insert(paths, path)
      if watched == "1" then
         watch[#paths] = true
      end
   end
   math.randomseed(tonumber(opts.seed or "1") * 1000 + id)
   cache, status, watched = {}, {}, {}
end

local function pick()
   local r = math.random()
   local low, high = 1, #cdf
   while low < high do
      local middle = math.floor((low + high) / 2)
      if cdf[middle] > r then
         high = middle
      else
         low = middle + 1
      end
   end
   return low
end

function request()
   local index = pick()
   if watch[index] then
      watched[paths[index]] = (watched[paths[index]] or 0) + 1
   end
   return wrk.format("GET", paths[index])
end

local function header(headers, name)
   local value = headers[name] or headers[string.lower(name)]
   if value == nil then
      for key, found in pairs(headers) do
         if string.lower(key) == string.lower(name) then
            return found
         end
      end
   end
   return value
end

function response(code, headers, body)
   local value = header(headers, "X-Cache") or "(none)"
   cache[value] = (cache[value] or 0) + 1
   local key = tostring(code)
   status[key] = (status[key] or 0) + 1
end

local function merge(into, counts)
   for key, count in pairs(counts or {}) do
      into[key] = (into[key] or 0) + count
   end
end

local function encode(value)
   if type(value) == "table" then
      local parts = {}
      for key, item in pairs(value) do
         table.insert(parts, encode(tostring(key)) .. ": " .. encode(item))
      end
      return "{" .. table.concat(parts, ", ") .. "}"
   elseif type(value) == "string" then
      return '"' .. string.gsub(value, '[%c"\\]', "?") .. '"'
   end
   return string.format("%.17g", value)
end

function done(summary, latency, requests)
   local totals = { cache = {}, status = {}, watched = {} }
   for _, thread in ipairs(threads) do
      merge(totals.cache, thread:get("cache"))
      merge(totals.status, thread:get("status"))
      merge(totals.watched, thread:get("watched"))
   end
   totals.requests = summary.requests
   totals.duration_us = summary.duration
   totals.errors = summary.errors
   totals.p50_us = latency:percentile(50)
   totals.p99_us = latency:percentile(99)
   totals.max_us = latency.max
   io.write("MIXED-RESULT " .. encode(totals) .. "\n")
end
