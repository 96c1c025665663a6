-- wrk script for .ci/load.sh: a mixed read / analysis / write load on a running Crosswalk server.
--
-- Environment (set by load.sh):
--   CW_ORG            organisation id whose stored profile the write and org-read requests use
--   CW_ORG_KEY        that organisation's API key (cwk_...)
--   CW_GAP_BODY_FILE  JSON profile posted to /api/v1/gap-analysis (default examples/uk-bank.json)
--   CW_RESULT_FILE    optional: done() also writes its machine-readable LOADLUA line there
--
-- Each thread cycles through its own shuffled copy of MIX, so the shares below are exact over
-- every 100 requests a thread sends: 80 reads, 10 stateless analyses, 10 writes.
-- Any response that is not 2xx counts as an error, as does every socket error (connect, read,
-- write, timeout); done() prints the status counts and a few error bodies.

local org = os.getenv("CW_ORG") or "load-test-org"
local org_key = os.getenv("CW_ORG_KEY") or ""
local gap_file = os.getenv("CW_GAP_BODY_FILE") or "examples/uk-bank.json"

local function urlencode(s)
   return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function read_file(path)
   local f = assert(io.open(path, "rb"), "load.lua: cannot read " .. path)
   local s = f:read("*a")
   f:close()
   return s
end

local json = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
local auth = { ["Authorization"] = "Bearer " .. org_key, ["Accept"] = "application/json" }
local auth_json = { ["Authorization"] = "Bearer " .. org_key, ["Content-Type"] = "application/json",
                    ["Accept"] = "application/json" }

local sparql = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
   .. "SELECT ?c ?notation WHERE { ?c skos:inScheme <https://w3id.org/crosswalk/id/iso42001> ; "
   .. "a <https://w3id.org/crosswalk/ontology#Control> ; skos:notation ?notation } LIMIT 10"

local orgp = "/api/v1/orgs/" .. org

-- name, weight (out of 100), method, path, headers, body
MIX = {
   -- public reads (72)
   { "health",              5, "GET", "/api/v1/health" },
   { "frameworks",          4, "GET", "/api/v1/frameworks" },
   { "framework-tree",      3, "GET", "/api/v1/frameworks/iso42001/provisions?flat=true" },
   { "provision-iso",       7, "GET", "/api/v1/provisions/iso42001:A.6.2.4" },
   { "provision-aiact",     6, "GET", "/api/v1/provisions/eu-ai-act:Art.%2026(1)" },
   { "provision-by-ref",    4, "GET", "/api/v1/provisions?ref=uk-fca:SS1/23%20Principle%201" },
   { "crosswalk",           8, "GET", "/api/v1/crosswalk?from=iso42001:A.6.2.8" },
   { "crosswalk-filtered",  5, "GET", "/api/v1/crosswalk?from=eu-ai-act:Art.%2012&to=iso42001&minStrength=4" },
   { "crosswalk-inferred",  4, "GET", "/api/v1/crosswalk?from=iso42001:7.2&inferred=true" },
   { "explain",             3, "GET", "/api/v1/explain?from=iso42001:7.2&to=iso27001:7.2" },
   { "mapping-sets",        2, "GET", "/api/v1/mapping-sets" },
   { "standards",           2, "GET", "/api/v1/standards" },
   { "presumptions",        4, "GET", "/api/v1/presumptions?standard=iso42001" },
   { "query-crosswalk",     4, "GET", "/api/v1/queries/crosswalk?from=iso42001:A.6.2.8" },
   { "query-coverage",      2, "GET", "/api/v1/queries/coverage-matrix?from=iso42001&to=iso27001" },
   { "query-ims-reuse",     1, "GET", "/api/v1/queries/ims-reuse?existing=iso27001" },
   { "sparql-select",       8, "GET", "/crosswalk/sparql?query=" .. urlencode(sparql),
     { ["Accept"] = "application/sparql-results+json" } },
   -- stored-organisation reads (8)
   { "org-profile",         5, "GET", orgp .. "/profile", auth },
   { "org-gaps",            2, "GET", orgp .. "/gaps", auth },
   { "org-obligations",     1, "GET", orgp .. "/queries/obligations?system=credit-scoring", auth },
   -- stateless analyses (10)
   { "classify-deployer",   5, "POST", "/api/v1/classify", json,
     '{"role":"deployer","annexIII":"5(b)","publicService":false,"asOf":"2028-01-01","timeline":"amended"}' },
   { "classify-provider",   3, "POST", "/api/v1/classify", json,
     '{"role":"provider","annexIII":"4(a)","profiling":true,"interactsWithNaturalPersons":true,"asOf":"2027-06-01"}' },
   { "gap-analysis",        2, "POST", "/api/v1/gap-analysis", json, read_file(gap_file) },
   -- writes (10)
   { "control-update",     10, "PUT", orgp .. "/controls/iso42001:A.7.4", auth_json,
     '{"status":"implemented","justification":"load test","evidence":["LT-1"]}' },
}

local total_weight = 0
for _, m in ipairs(MIX) do total_weight = total_weight + m[2] end
assert(total_weight == 100, "load.lua: MIX weights must add up to 100, not " .. total_weight)

-- main state: collect the threads so done() can read their counters
local threads = {}
local thread_no = 0

function setup(thread)
   thread_no = thread_no + 1
   thread:set("id", thread_no)
   table.insert(threads, thread)
end

-- per-thread state
local schedule = {}
local pos = 0
statuses = {}   -- status code (as string) -> count
sent = {}       -- mix name -> requests sent
error_samples = {}

function init(args)
   math.randomseed(1000 + (id or 0))
   for i, m in ipairs(MIX) do
      local req = wrk.format(m[3], m[4], m[5], m[6])
      for _ = 1, m[2] do table.insert(schedule, { name = m[1], req = req }) end
   end
   for i = #schedule, 2, -1 do   -- Fisher-Yates
      local j = math.random(i)
      schedule[i], schedule[j] = schedule[j], schedule[i]
   end
end

function request()
   pos = pos % #schedule + 1
   local s = schedule[pos]
   sent[s.name] = (sent[s.name] or 0) + 1
   return s.req
end

function response(status, headers, body)
   local k = tostring(status)
   statuses[k] = (statuses[k] or 0) + 1
   if (status < 200 or status > 299) and #error_samples < 5 then
      table.insert(error_samples, k .. " " .. string.sub(body or "", 1, 300))
   end
end

function done(summary, latency, requests)
   local codes, kinds, samples = {}, {}, {}
   for _, t in ipairs(threads) do
      for k, v in pairs(t:get("statuses") or {}) do codes[k] = (codes[k] or 0) + v end
      for k, v in pairs(t:get("sent") or {}) do kinds[k] = (kinds[k] or 0) + v end
      for _, s in ipairs(t:get("error_samples") or {}) do table.insert(samples, s) end
   end

   local responses, non2xx = 0, 0
   local keys = {}
   for k, v in pairs(codes) do
      table.insert(keys, k)
      responses = responses + v
      local n = tonumber(k)
      if n < 200 or n > 299 then non2xx = non2xx + v end
   end
   table.sort(keys)
   local e = summary.errors
   local socket = e.connect + e.read + e.write + e.timeout
   local secs = summary.duration / 1e6

   io.write("Requests sent per kind:\n")
   for _, m in ipairs(MIX) do
      io.write(string.format("  %-20s %3d%%  %d\n", m[1], m[2], kinds[m[1]] or 0))
   end
   io.write("Responses per status:\n")
   for _, k in ipairs(keys) do io.write(string.format("  %s  %d\n", k, codes[k])) end
   io.write(string.format("Socket errors: connect %d, read %d, write %d, timeout %d\n",
                          e.connect, e.read, e.write, e.timeout))
   for _, s in ipairs(samples) do io.write("  error sample: " .. s:gsub("%s+", " ") .. "\n") end

   local line = string.format(
      "LOADLUA requests=%d responses=%d non2xx=%d socket_errors=%d errors=%d seconds=%.1f rps=%.1f "
         .. "p50_us=%d p90_us=%d p99_us=%d max_us=%d",
      summary.requests, responses, non2xx, socket, non2xx + socket, secs, summary.requests / secs,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max)
   io.write(line .. "\n")
   local out = os.getenv("CW_RESULT_FILE")
   if out and out ~= "" then
      local f = io.open(out, "w")
      if f then f:write(line .. "\n"); f:close() end
   end
end
