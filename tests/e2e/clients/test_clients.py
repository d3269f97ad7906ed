#!/usr/bin/python3
"""Real Azure clients against the sandbox: MSAL for Python signs in with its standard discovery (client credentials
and device code), PyJWT validates the tokens against the published keys, and the Azure SDK for Python with
azure-identity walks the walkthrough's calls (resource group, registry lookup by name, provider registration, subnet
service endpoint, network rules, merge-patch, clean-up).

Usage: test_clients.py PATH/TO/acr-netadmin-sandbox  (run by ctest; needs python3-msal and python3-azure)
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse

import jwt
import msal
# Imported here, not lazily inside PyJWT on a later call: a lazy import of the OpenSSL backend while the SDK's
# pollers still run in other threads trips Python's module import lock.
from cryptography.hazmat.backends.openssl import backend as _openssl  # noqa: F401
import requests
from azure.identity import ClientSecretCredential
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.containerregistry import ContainerRegistryManagementClient
from azure.mgmt.network import NetworkManagementClient
from azure.mgmt.resource import ResourceManagementClient

SANDBOX = None
TENANT = "5d3c2b1a-6e7f-4a8b-9c0d-1e2f3a4b5c6d"
TRAINING = "8b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d"
NETWORKING = "9c8b7a6d-5e4f-4b3a-9d2c-1f0e9b8a7c6d"
ARM_SCOPE = ["https://management.azure.com/.default"]
CLI_CLIENT = "04b07795-8ddb-461a-bbee-02f9e1bf7b46"


class Sandbox:
    """acr-netadmin-sandbox --tls on a free port, its certificate trusted by requests for this process."""

    def __init__(self, exe, scenario):
        self.dir = tempfile.TemporaryDirectory()
        self.pem = os.path.join(self.dir.name, "sandbox.pem")
        self.log = os.path.join(self.dir.name, "requests.jsonl")
        self.proc = subprocess.Popen(
            [exe, "--scenario", scenario, "--tls", "--cert-out", self.pem, "--request-log", self.log],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = self.proc.stdout.readline().strip()
        if not first.startswith("Sandbox listening on https://"):
            raise RuntimeError("the sandbox did not start: " + first + self.proc.stderr.read())
        self.base = first.split()[-1]
        os.environ["REQUESTS_CA_BUNDLE"] = self.pem
        os.environ["SSL_CERT_FILE"] = self.pem

    def admin(self, what, body):
        r = requests.post(self.base + "/_sandbox/" + what, json=body, timeout=10)
        r.raise_for_status()
        return r.json()

    def close(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.dir.cleanup()


def validate(token, audience, tenant):
    """Validates an access token as a resource server would: RS256 signature against the tenant's published keys
    (found through its discovery document), audience, issuer and expiry."""
    config = requests.get(f"{SANDBOX.base}/{tenant}/v2.0/.well-known/openid-configuration", timeout=10).json()
    keys = jwt.PyJWKClient(config["jwks_uri"])
    key = keys.get_signing_key_from_jwt(token)
    return jwt.decode(token, key.key, algorithms=["RS256"], audience=audience,
                      issuer=config["issuer"].replace("{tenantid}", tenant))


class Msal(unittest.TestCase):
    def test_client_credentials_with_instance_discovery(self):
        app = msal.ConfidentialClientApplication(
            "sandbox", client_credential="sandbox", authority=f"{SANDBOX.base}/{TENANT}",
            instance_discovery=f"{SANDBOX.base}/common/discovery/instance")
        result = app.acquire_token_for_client(scopes=ARM_SCOPE)
        self.assertIn("access_token", result, result)
        claims = validate(result["access_token"], "https://management.azure.com/", TENANT)
        self.assertEqual(claims["tid"], TENANT)
        self.assertEqual(claims["appid"], "sandbox")
        self.assertEqual(claims["idtyp"], "app")
        # A tampered token fails the same validation.
        head, body, sig = result["access_token"].split(".")
        forged = jwt.utils.base64url_encode(json.dumps(dict(claims, tid=NETWORKING)).encode()).decode()
        with self.assertRaises(jwt.InvalidSignatureError):
            validate(".".join([head, forged, sig]), "https://management.azure.com/", TENANT)

    def test_client_credentials_by_domain_and_wrong_secret(self):
        app = msal.ConfidentialClientApplication(
            "sandbox", client_credential="wrong", authority=f"{SANDBOX.base}/contoso-training.example",
            instance_discovery=False)
        result = app.acquire_token_for_client(scopes=ARM_SCOPE)
        self.assertEqual(result.get("error"), "invalid_client", result)
        self.assertIn(7000215, result.get("error_codes", []))

    def test_unknown_tenant_fails_discovery(self):
        with self.assertRaises(ValueError) as raised:
            msal.ConfidentialClientApplication("sandbox", client_credential="sandbox",
                                               authority=f"{SANDBOX.base}/nowhere.example", instance_discovery=False)
        # MSAL chains the discovery endpoint's answer: Entra's error for an unknown tenant.
        self.assertIn("AADSTS90002", str(raised.exception.__context__))
        self.assertIn("invalid_tenant", str(raised.exception.__context__))

    def test_device_code_approved_on_the_sign_in_page(self):
        SANDBOX.admin("settings", {"deviceCodeIntervalSeconds": 1})
        app = msal.PublicClientApplication(CLI_CLIENT, authority=f"{SANDBOX.base}/organizations",
                                           instance_discovery=False)
        flow = app.initiate_device_flow(scopes=ARM_SCOPE)
        self.assertIn("user_code", flow, flow)
        self.assertTrue(flow["verification_uri"].endswith("/devicelogin"))
        # The user types the code on the sign-in page.
        page = requests.post(flow["verification_uri"], timeout=10,
                             data={"user_code": flow["user_code"], "upn": "trainer@contoso-training.example",
                                   "action": "approve"})
        self.assertEqual(page.status_code, 200)
        result = app.acquire_token_by_device_flow(flow)
        self.assertIn("access_token", result, result)
        claims = validate(result["access_token"], "https://management.azure.com/", TENANT)
        self.assertEqual(claims["upn"], "trainer@contoso-training.example")
        self.assertEqual(claims["scp"], "user_impersonation")
        self.assertEqual(result["id_token_claims"]["tid"], TENANT)
        # MSAL cached the account from client_info and refreshes silently.
        accounts = app.get_accounts()
        self.assertEqual([a["username"] for a in accounts], ["trainer@contoso-training.example"])
        silent = app.acquire_token_silent(ARM_SCOPE, account=accounts[0], force_refresh=True)
        self.assertIn("access_token", silent, silent)
        self.assertNotEqual(silent["access_token"], result["access_token"])


class AzureSdk(unittest.TestCase):
    """The walkthrough's calls through the SDK, as a script would make them."""

    @classmethod
    def setUpClass(cls):
        cls.credential = ClientSecretCredential(TENANT, "sandbox", "sandbox", authority=SANDBOX.base,
                                                instance_discovery=False)
        common = dict(base_url=SANDBOX.base, credential_scopes=ARM_SCOPE, polling_interval=0.2)
        cls.resources = ResourceManagementClient(cls.credential, TRAINING, **common)
        cls.network_resources = ResourceManagementClient(cls.credential, NETWORKING, **common)
        cls.acr = ContainerRegistryManagementClient(cls.credential, TRAINING, api_version="2021-08-01-preview",
                                                    **common)
        cls.network = NetworkManagementClient(cls.credential, TRAINING, api_version="2022-07-01", **common)
        cls.compute = ComputeManagementClient(cls.credential, TRAINING, **common)

    def run_check(self, rg, vm):
        """Step 7 as the app runs it: curl against the registry on the VM through Run Command (a long-running
        POST, followed by the SDK's own poller); returns the HTTP status the registry answered and the output."""
        script = "curl -sS --max-time 20 -w '\\nHTTP_STATUS:%{http_code}\\n' https://mycontainerregistry.azurecr.io/v2/"
        result = self.compute.virtual_machines.begin_run_command(
            rg, vm, {"command_id": "RunShellScript", "script": [script]}).result()
        message = result.value[0].message
        status = [line for line in message.splitlines() if line.startswith("HTTP_STATUS:")]
        self.assertEqual(len(status), 1, message)
        return int(status[0].split(":")[1]), message

    def test_walkthrough(self):
        from azure.mgmt.containerregistry.v2021_08_01_preview import models as acr
        # Prerequisite: a resource group for the course, created and tagged.
        group = self.resources.resource_groups.create_or_update("courseGroup",
                                                                {"location": "westeurope", "tags": {"course": "acr"}})
        self.assertEqual(group.tags, {"course": "acr"})
        self.assertTrue(self.resources.resource_groups.check_existence("courseGroup"))
        # The registry given by name only, found as the Azure CLI finds it.
        found = [r for r in self.resources.resources.list(
            filter="resourceType eq 'Microsoft.ContainerRegistry/registries'") if r.name == "mycontainerregistry"]
        self.assertEqual(len(found), 1)
        rg = found[0].id.split("/")[4]
        self.assertEqual(rg, "myResourceGroup")
        # Step 1: register the provider in the networking subscription and wait for it.
        provider = self.network_resources.providers.register("Microsoft.ContainerRegistry")
        self.assertIn(provider.registration_state, ("Registering", "Registered"))
        deadline = time.time() + 30
        while self.network_resources.providers.get("Microsoft.ContainerRegistry").registration_state != "Registered":
            self.assertLess(time.time(), deadline)
            time.sleep(0.5)
        self.assertTrue(any(t.resource_type == "registries" for t in
                            self.network_resources.providers.get("Microsoft.ContainerRegistry").resource_types))
        # Step 3: the service endpoint on the VM's subnet (a long-running PUT).
        subnet = self.network.subnets.get(rg, "myDockerVMVNET", "myDockerVMSubnet")
        subnet.service_endpoints = (subnet.service_endpoints or []) + [
            {"service": "Microsoft.ContainerRegistry"}]
        subnet = self.network.subnets.begin_create_or_update(rg, "myDockerVMVNET", "myDockerVMSubnet",
                                                             subnet).result()
        self.assertEqual(subnet.provisioning_state, "Succeeded")
        self.assertEqual([e.service for e in subnet.service_endpoints], ["Microsoft.ContainerRegistry"])
        # Steps 5-6: Deny with a rule for that subnet and an IP rule.
        registry = self.acr.registries.begin_update(rg, "mycontainerregistry", acr.RegistryUpdateParameters(
            network_rule_set=acr.NetworkRuleSet(
                default_action="Deny",
                virtual_network_rules=[acr.VirtualNetworkRule(virtual_network_resource_id=subnet.id)],
                ip_rules=[acr.IPRule(ip_address_or_range="203.0.113.0/24")]))).result()
        self.assertEqual(registry.network_rule_set.default_action, "Deny")
        # Step 7: from the VM inside the subnet the registry answers 401 (reachable); from the host outside, 403
        # naming the address it saw. The machines are found as the app finds them: through their interfaces.
        vm = self.compute.virtual_machines.get(rg, "myDockerVM", expand="instanceView")
        self.assertEqual(vm.storage_profile.os_disk.os_type, "Linux")
        self.assertIn("PowerState/running", [s.code for s in vm.instance_view.statuses])
        nic = self.network.network_interfaces.get(rg, vm.network_profile.network_interfaces[0].id.split("/")[-1])
        self.assertEqual(nic.ip_configurations[0].subnet.id.lower(), subnet.id.lower())
        self.assertEqual(nic.ip_configurations[0].private_ip_address, "10.0.0.4")
        # The subnet says what uses it (read-only, kept across the PUT above): the VM's interface, which is how the
        # app tells machines (which can use the endpoint) from services (which cannot).
        self.assertIn(nic.ip_configurations[0].id.lower(),
                      [c.id.lower() for c in self.network.subnets.get(rg, "myDockerVMVNET",
                                                                      "myDockerVMSubnet").ip_configurations])
        self.assertEqual(self.run_check(rg, "myDockerVM")[0], 401)
        status, output = self.run_check(rg, "myOtherHost")
        self.assertEqual(status, 403)
        self.assertIn("client with IP '192.0.2.77' is not allowed access", output)
        # Step 8: the rules as listed.
        rules = self.acr.registries.get(rg, "mycontainerregistry").network_rule_set
        self.assertEqual([r.virtual_network_resource_id.lower() for r in rules.virtual_network_rules],
                         [subnet.id.lower()])
        self.assertEqual([r.ip_address_or_range for r in rules.ip_rules], ["203.0.113.0/24"])
        # A PATCH with only the default action keeps both rule lists (merge-patch, as Azure does).
        self.acr.registries.begin_update(rg, "mycontainerregistry", acr.RegistryUpdateParameters(
            network_rule_set=acr.NetworkRuleSet(default_action="Allow"))).result()
        rules = self.acr.registries.get(rg, "mycontainerregistry").network_rule_set
        self.assertEqual(rules.default_action, "Allow")
        self.assertEqual(len(rules.virtual_network_rules), 1)
        self.assertEqual(len(rules.ip_rules), 1)
        # Steps 9-10: remove the rules and open access again.
        self.acr.registries.begin_update(rg, "mycontainerregistry", acr.RegistryUpdateParameters(
            network_rule_set=acr.NetworkRuleSet(default_action="Allow", virtual_network_rules=[],
                                                ip_rules=[]))).result()
        rules = self.acr.registries.get(rg, "mycontainerregistry").network_rule_set
        self.assertEqual((len(rules.virtual_network_rules), len(rules.ip_rules)), (0, 0))
        # Step 11: delete the course's group (202 + Location, followed to the end).
        self.resources.resource_groups.begin_delete("courseGroup").result()
        self.assertFalse(self.resources.resource_groups.check_existence("courseGroup"))

    def test_token_for_another_audience_is_refused(self):
        graph = self.credential.get_token("https://graph.microsoft.com/.default").token
        r = requests.get(f"{SANDBOX.base}/subscriptions?api-version=2022-12-01",
                         headers={"Authorization": "Bearer " + graph}, timeout=10)
        self.assertEqual(r.status_code, 401)
        self.assertEqual(r.json()["error"]["code"], "InvalidAuthenticationTokenAudience")


class RequestLog(unittest.TestCase):
    def test_identity_traffic_is_logged_without_secrets(self):
        with open(SANDBOX.log) as f:
            lines = [json.loads(line) for line in f]
        services = {line["service"] for line in lines}
        self.assertIn("identity", services)
        self.assertIn("arm", services)
        self.assertTrue(any(line["url"].endswith("/v2.0/.well-known/openid-configuration") for line in lines))
        with open(SANDBOX.log) as f:
            text = f.read()
        self.assertNotIn("client_secret", text)
        self.assertNotIn("eyJ", text)  # no JWT


if __name__ == "__main__":
    SANDBOX = Sandbox(sys.argv[1], "training")
    try:
        program = unittest.main(argv=[sys.argv[0], "-v"], exit=False)
    finally:
        SANDBOX.close()
    sys.exit(0 if program.result.wasSuccessful() else 1)
