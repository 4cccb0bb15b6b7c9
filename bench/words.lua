-- wrk script: places and needs as people type them (nicknames, counties, states, addresses, words), so every
-- request goes through the place resolver and the needs reader.
-- Usage: wrk -t2 -c64 -d10s -s bench/words.lua http://127.0.0.1:8080 -- /api/v1/facilities   (or /search)
local places = {"NYC", "Philly", "Cook%20County%2C%20IL", "Denver%2C%20CO", "denver%20co%2080202", "LA",
                "350%205th%20Ave%2C%20New%20York%2C%20NY%2010118", "Seattle%20WA", "-73.9967%2C40.7484",
                "Miami%2C%20FL", "Atlanta%2C%20GA", "Boston%2C%20Massachusetts", "Colorado", "Kings%20County%2C%20NY"}
local words = {"", "suboxone", "ketamine", "alcohol%20detox", "spanish%20teen", "medicaid%20methadone", "rehab%20for%20my%20son",
               "veterans", "New%20Hope"}
local path = "/api/v1/facilities"
local n = 0

function init(args)
  if args[1] then path = args[1] end
end

function request()
  n = n + 1
  local url = path .. "?near=" .. places[(n % #places) + 1] .. "&q=" .. words[(n % #words) + 1]
  return wrk.format("GET", url)
end
