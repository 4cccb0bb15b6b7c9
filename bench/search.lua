-- wrk script: rotates through populated ZIPs, radii and filters so every request is a different search.
-- Usage: wrk -t2 -c64 -d10s -s bench/search.lua http://127.0.0.1:8080 -- /api/v1/facilities   (or /search)
local zips = {"10001","60601","80202","98101","02108","30303","77002","94103","33101","85004","19103","48201",
              "55401","63101","97201","37203","28202","46204","43215","84101","73102","70112","35203","99501"}
local filters = {"", "&payment=medicaid", "&medication=buprenorphine", "&payment=medicaid&medication=buprenorphine",
                 "&care_type=detox", "&age=adults&payment=private-insurance", "&setting=outpatient&language=spanish"}
local radii = {"10", "25", "25", "50"}
local path = "/api/v1/facilities"
local n = 0

function init(args)
  if args[1] then path = args[1] end
end

function request()
  n = n + 1
  local url = path .. "?near=" .. zips[(n % #zips) + 1] .. "&radius=" .. radii[(n % #radii) + 1] .. filters[(n % #filters) + 1]
  return wrk.format("GET", url)
end
