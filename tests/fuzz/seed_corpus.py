#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora (tests/fuzz/corpus/<target>/) from the test fixtures. Run it again after the
fixtures change; the corpora are kept in the repository so a fuzz run starts from realistic inputs."""
import hashlib
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
fixtures = here.parent / "fixtures"
corpus = here / "corpus"


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = corpus / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def fixture(name):
    return json.loads((fixtures / name).read_text())


registries = [fixture(n) for n in ("registry-2021-12-01-preview.json", "registry-2023-07-01.json",
                                   "registry-2026-09-01-preview.json")]
registries += fixture("registry-list-2019-05-01.json")["value"]
vnets = fixture("vnet-list-all.json")["value"]
subnets = [s for v in vnets for s in v["properties"].get("subnets", [])]
subscriptions = fixture("subscriptions.json")["value"]
provider = fixture("provider-containerregistry.json")

ids = [r["id"] for r in registries] + [v["id"] for v in vnets] + [s["id"] for s in subnets] + \
      [s["id"] for s in subscriptions] + ["/subscriptions/x/resourceGroups/g",
                                          "/subscriptions/x/resourceGroups/g/providers/Microsoft.Network/"
                                          "virtualNetworks/v/subnets/s"]
for i in ids:
    put("fuzz_resourceid", i)
for r in ["10.0.0.0/24", "1.2.3.4", "0.0.0.0/0", "10.0.0.0/33", "10.0.0.1/24", "::1", "256.1.1.1", "1.2.3.4/32",
          " 8.8.8.8 ", "192.168.0.0/16"]:
    put("fuzz_iprange", r)

def sel(n, obj):
    return bytes([n]) + json.dumps(obj).encode()

for r in registries:
    put("fuzz_armjson", sel(0, r))
for v in vnets:
    put("fuzz_armjson", sel(1, v))
for s in subnets:
    put("fuzz_armjson", sel(2, s))
for s in subscriptions:
    put("fuzz_armjson", sel(3, s))
put("fuzz_armjson", sel(4, {"id": "/subscriptions/x/resourceGroups/g", "name": "g", "location": "westeurope",
                            "properties": {"provisioningState": "Succeeded"}}))
put("fuzz_armjson", sel(5, provider))
put("fuzz_armjson", sel(6, {"error": {"code": "AuthorizationFailed", "message": "no", "target": "x",
                                      "details": [{"code": "a", "message": "b"}],
                                      "additionalInfo": [{"type": "t", "info": {}}]}}))
put("fuzz_armjson", sel(7, {"status": "InProgress", "percentComplete": 40}))
put("fuzz_armjson", sel(7, {"status": "Failed", "error": {"code": "X", "message": "y"}}))

vnet_rows = [dict(v, subscriptionId=v["id"].split("/")[2]) for v in vnets]
reg_rows = [dict(r, subscriptionId=r["id"].split("/")[2]) for r in registries]
put("fuzz_graphpage", bytes([0]) + json.dumps({"totalRecords": len(vnet_rows), "count": len(vnet_rows),
                                               "data": vnet_rows, "$skipToken": "abc"}).encode())
put("fuzz_graphpage", bytes([1]) + json.dumps({"totalRecords": len(reg_rows), "count": len(reg_rows),
                                               "data": reg_rows}).encode())

put("fuzz_entra", bytes([0]) + json.dumps({"token_type": "Bearer", "expires_in": 3599, "access_token": "a.b.c",
                                           "refresh_token": "r",
                                           "id_token": "eyJhbGciOiJub25lIn0.eyJ1cG4iOiJhQGIuYyIsInRpZCI6InQifQ.x"}).encode())
put("fuzz_entra", bytes([1]) + json.dumps({"device_code": "d", "user_code": "ABCD-EFGH", "interval": 5,
                                           "expires_in": 900, "verification_uri": "https://microsoft.com/devicelogin",
                                           "message": "To sign in..."}).encode())
put("fuzz_entra", bytes([2]) + b"invalid_grant\nAADSTS70000: The provided grant has expired.")

for q in ["resources | where type =~ 'microsoft.network/virtualnetworks'",
          "resources | where type =~ 'a' and location in~ ('x', 'y') | project id, n = name, "
          "s = tostring(sku.name) | order by id asc | limit 5",
          "resources | where (type == 'a' or type == 'b') and name !in ('c')",
          "resources | summarize count() by type", "resources | where name == 'abc"]:
    put("fuzz_kql", q)
