#!/usr/bin/env bash
# End-to-end checks against a running server (base URL as $1): REST routes and the SPARQL endpoint.
set -euo pipefail
base=$1
# Every check that holds is counted; the first that does not (or a command that fails) ends the run.
passed=0
ok() { passed=$((passed + 1)); }
fail() { echo "smoke: FAILED: $*" >&2; echo "smoke: $passed passed, 1 failed"; exit 1; }
trap 'echo "smoke: a command failed (line $LINENO)" >&2; echo "smoke: $passed passed, 1 failed"' ERR

health=$(curl -fsS "$base/api/v1/health")
grep -q '"status":"ok"' <<<"$health" && ok || fail "health: $health"
grep -q '"sparqlEndpoint":"/crosswalk/sparql"' <<<"$health" && ok || fail "health endpoint: $health"

curl -fsS "$base/api/v1/provisions/eu-ai-act:Art.%209" | grep -q '"title":"Risk management system"' && ok || fail "provision lookup"
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/provisions/iso42001:A.99")
[ "$code" = 404 ] && ok || fail "unknown provision gave $code"

q='PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT (COUNT(?c) AS ?n) WHERE { ?c skos:inScheme <https://w3id.org/crosswalk/id/iso27001> ; a <https://w3id.org/crosswalk/ontology#Control> }'
csv=$(curl -fsS -H 'Accept: text/csv' --data-urlencode "query=$q" "$base/crosswalk/sparql")
[ "$(sed -n 2p <<<"$csv" | tr -d '\r')" = 93 ] && ok || fail "SPARQL CSV count: $csv"
json=$(curl -fsS -H 'Accept: application/sparql-results+json' -G --data-urlencode "query=$q" "$base/crosswalk/sparql")
grep -q '"value" *: *"93"' <<<"$json" && ok || fail "SPARQL JSON: $json"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/sparql-update' --data 'INSERT DATA { <urn:a> <urn:b> <urn:c> }' "$base/crosswalk/sparql")
[ "${code:0:1}" = 4 ] && ok || fail "update accepted with $code"

# Reasoner routes through the packaged jar
curl -fsS "$base/api/v1/presumptions?standard=iso42001" | grep -q '"presumedConformity":\[\]' && ok || fail "iso42001 presumption"
cls=$(curl -fsS -H 'Content-Type: application/json' -d '{"role":"deployer","annexIII":"5(b)","asOf":"2028-01-01"}' "$base/api/v1/classify")
grep -q '"riskCategory":"high-risk"' <<<"$cls" && ok || fail "classify: $cls"
grep -q '"provision":"eu-ai-act:Art. 27"' <<<"$cls" && ok || fail "classify FRIA: $cls"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"role":"provider",' "$base/api/v1/classify")
[ "$code" = 400 ] && ok || fail "malformed classify gave $code"
curl -fsS "$base/api/v1/explain?from=iso42001:7.2&to=iso27001:7.2" | grep -q '"related":true' && ok || fail "explain"

# Gap analysis of a shipped example through the jar, and a 422 for an invalid profile
gaps=$(curl -fsS -H 'Content-Type: application/json' --data-binary @"$(dirname "$0")/../examples/uk-bank.json" "$base/api/v1/gap-analysis?format=csv")
grep -q '^eu-ai-act,eu-ai-act:Art. 43,Conformity assessment,gap' <<<"$gaps" && ok || fail "gap analysis CSV"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"organisation":{"id":"x y","sector":"?","jurisdictions":["EU"]}}' "$base/api/v1/gap-analysis")
[ "$code" = 422 ] && ok || fail "invalid profile gave $code"
echo "smoke: $passed passed, 0 failed"
