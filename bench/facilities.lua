-- wrk script: facility pages, rotating through the ids in a file (one per line), as a person's browser asks for
-- them (a browser's User-Agent, so the page view is counted toward popular centers as a person's would be).
-- Usage: wrk -t2 -c64 -d10s -s bench/facilities.lua http://127.0.0.1:8080 -- ids.txt
-- (ids.txt: sqlite3 haven.sqlite "select lower(id) from facilities where status='listed' order by random() limit 2000")
local ids = {}
local n = 0

function init(args)
  for line in io.lines(args[1] or "ids.txt") do ids[#ids + 1] = line end
end

function request()
  n = n + 1
  return wrk.format("GET", "/facilities/" .. ids[(n % #ids) + 1], {
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
  })
end
