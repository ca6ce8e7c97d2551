-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Lemniscaat contributors
-- wrk script: POST new signals to /api/v1/signalen with varied Dutch texts.
-- Set by run.sh: TOKEN and DOMAIN environment variables.
local token = os.getenv("TOKEN")
local domain = os.getenv("DOMAIN")
local topics = { "bijzondere bijstand", "schuldhulpverlening", "Wmo-hulpmiddelen", "jeugdhulp na 18", "energietoeslag", "kostendelersnorm",
  "re-integratie", "huurtoeslag", "inburgering", "leerlingenvervoer" }
local problems = { "duurt te lang", "is onduidelijk voor cliënten", "sluit een groep uit", "botst met landelijke regels",
  "vraagt te veel papieren", "kent geen spoedprocedure" }
local counter = 0

request = function()
  counter = counter + 1
  local topic = topics[(counter % #topics) + 1]
  local problem = problems[(counter % #problems) + 1]
  local body = string.format(
    '{"titel":"%s %s (%d)","omschrijving":"In de uitvoering zien we dat %s %s. Cliënten haken af en komen later terug met grotere problemen.","domein":"%s","aantalBetrokkenen":"11-50","urgentie":"normaal"}',
    topic, problem, counter, topic, problem, domain)
  return wrk.format("POST", "/api/v1/signalen", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d (non-2xx/3xx %d)\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  io.write(string.format("req/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 99 }) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
