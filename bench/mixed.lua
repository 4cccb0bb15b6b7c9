-- wrk script for the reliability load run: thirds of search pages, API searches and facility pages (these read
-- the database), each a different search or facility.
-- Usage: wrk -t2 -c64 -d60s --latency -s bench/mixed.lua http://127.0.0.1:8080 -- IDS_FILE   (one facility id per line)
local zips = {"10001","60601","80202","98101","02108","30303","77002","94103","33101","85004","19103","48201",
              "55401","63101","97201","37203","28202","46204","43215","84101","73102","70112","35203","99501"}
local filters = {"", "&payment=medicaid", "&medication=buprenorphine", "&care_type=detox", "&age=adults&payment=private-insurance"}
local ids = {}
local n = 0
local errors = 0

function init(args)
  for line in io.lines(args[1]) do ids[#ids + 1] = line end
end

function request()
  n = n + 1
  local k = n % 3
  local q = "?near=" .. zips[(n % #zips) + 1] .. filters[(n % #filters) + 1]
  if k == 0 then return wrk.format("GET", "/search" .. q)
  elseif k == 1 then return wrk.format("GET", "/api/v1/facilities" .. q)
  else return wrk.format("GET", "/facilities/" .. ids[(n % #ids) + 1]) end
end

function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("non-200 answers (this thread's count, last thread): %d\n", errors))
end
