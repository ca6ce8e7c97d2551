-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Lemniscaat contributors
-- wrk script: five times a busy hour of a large municipality, paced per connection with delay().
-- A busy hour (all 300 people at work): 18 000 page views, 1 800 API reads and 500 new signals.
-- Five times that is about 28 requests per second: 25 page views, 2.5 API reads and 0.7 new signals.
-- Set by run.sh: COOKIE, TOKEN, DOMAIN, SIGNAL (a signal page), POLICY (a policy page), DELAY_MS.
local cookie = os.getenv("COOKIE")
local token = os.getenv("TOKEN")
local domain = os.getenv("DOMAIN")
local pages = { "/signalen?status=nieuw&sortering=termijn", os.getenv("SIGNAL"), os.getenv("POLICY"), "/", "/signalen",
  "/beleid", "/signalen?status=in-behandeling" }
local delay_ms = tonumber(os.getenv("DELAY_MS"))
local counter = 0

request = function()
  counter = counter + 1
  local slot = counter % 40
  if slot == 0 then
    local body = string.format(
      '{"titel":"Wachttijd schuldhulp loopt op (%d)","omschrijving":"Inwoners wachten weken op een eerste gesprek en de schulden groeien intussen.","domein":"%s","aantalBetrokkenen":"11-50","urgentie":"normaal"}',
      counter, domain)
    return wrk.format("POST", "/api/v1/signalen", { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
  elseif slot < 5 then
    return wrk.format("GET", "/api/v1/signalen?pageSize=20", { ["Authorization"] = "Bearer " .. token })
  end
  return wrk.format("GET", pages[(counter % #pages) + 1], { ["Cookie"] = cookie })
end

delay = function()
  return delay_ms
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests: %d in %.0f s (%.1f/s), socket errors: %d, non-2xx/3xx: %d\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6), errors, summary.errors.status))
  for _, p in ipairs({ 50, 90, 99 }) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max: %.2f ms\n", latency.max / 1000))
end
