#!/usr/bin/env bash
# The walkthrough's own Azure CLI commands, as the article writes them, against the sandbox's `training` scenario:
# the CLI (Debian's azure-cli) registers the sandbox as a cloud from its /metadata/endpoints, signs in with the
# scenario's service principal, and runs steps 1, 2, 4-6 and 8-11. Debian's azure-cli 2.45 cannot load its own
# network command module (a packaging mismatch with python3-azure), so steps 2 and 4 use `az rest` here.
# Usage: test_azure_cli.sh PATH/TO/acr-netadmin-sandbox
set -euo pipefail
sandbox_exe="$1"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$sandbox_exe" --scenario training --tls --cert-out "$work/sandbox.pem" >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 100); do grep -q "^Sandbox listening" "$work/out" 2>/dev/null && break; sleep 0.1; done
base="$(sed -n 's/^Sandbox listening on //p' "$work/out")"
[ -n "$base" ] || { echo "the sandbox did not start: $(cat "$work/err")" >&2; exit 1; }
export AZURE_CONFIG_DIR="$work/az" REQUESTS_CA_BUNDLE="$work/sandbox.pem" AZURE_CORE_COLLECT_TELEMETRY=false
export AZURE_CORE_NO_COLOR=true AZURE_CORE_ONLY_SHOW_ERRORS=true

expect() { # expect WHAT EXPECTED ACTUAL
    if [ "$2" != "$3" ]; then
        echo "FAIL: $1: expected '$2', got '$3'" >&2
        exit 1
    fi
    echo "ok: $1"
}

tenant=5d3c2b1a-6e7f-4a8b-9c0d-1e2f3a4b5c6d
az cloud register --name AzureSandbox --endpoint-resource-manager "$base" \
    --suffix-acr-login-server-endpoint .azurecr.sandbox
az cloud set --name AzureSandbox
az login --service-principal -u sandbox -p sandbox --tenant "$tenant" -o none
expect "subscriptions seen" "Training,Training networking" \
    "$(az account list --query "sort([].name)" -o tsv | paste -sd,)"

# Step 1: the provider in the VNet's subscription.
az account set --subscription "Training networking"
az provider register --namespace Microsoft.ContainerRegistry --wait
expect "step 1, provider" Registered "$(az provider show -n Microsoft.ContainerRegistry --query registrationState -o tsv)"

# Prerequisite: the resource group (it exists in the scenario: 200, updated).
az account set --subscription Training
expect "az group create" Succeeded \
    "$(az group create --name myResourceGroup --location westeurope --query properties.provisioningState -o tsv)"
sub="$(az account show --query id -o tsv)"
rg_url="$base/subscriptions/$sub/resourceGroups/myResourceGroup"

# Steps 2 and 4: the VNet and its subnet's ID.
expect "step 2, vnet list" "myDockerVMVNET myDockerVMSubnet" \
    "$(az rest --method get --url "$rg_url/providers/Microsoft.Network/virtualNetworks?api-version=2024-01-01" \
        --query "value[?name=='myDockerVMVNET'].[name, properties.subnets[0].name]" -o tsv | tr '\t' ' ')"
subnet="$(az rest --method get --url \
    "$rg_url/providers/Microsoft.Network/virtualNetworks/myDockerVMVNET/subnets/myDockerVMSubnet?api-version=2024-01-01" \
    --query id -o tsv)"
expect "step 4, subnet ID" "/subscriptions/$sub/resourceGroups/myResourceGroup/providers/Microsoft.Network/virtualNetworks/myDockerVMVNET/subnets/myDockerVMSubnet" "$subnet"

# Step 5: deny by default (the registry named without --resource-group, as in the article).
expect "step 5, default action" Deny \
    "$(az acr update --name myContainerRegistry --default-action Deny --query networkRuleSet.defaultAction -o tsv)"
# Step 6: the network rule for the VM's subnet.
az acr network-rule add --name mycontainerregistry --subnet "$subnet" -o none
# Step 8: the rules.
expect "step 8, rules listed" "$subnet" \
    "$(az acr network-rule list --name mycontainerregistry --query "virtualNetworkRules[].virtualNetworkResourceId" -o tsv)"
expect "step 6 kept the default action" Deny "$(az acr show --name mycontainerregistry --query networkRuleSet.defaultAction -o tsv)"
# Step 9: remove it.
az acr network-rule remove --name mycontainerregistry --subnet "$subnet" -o none
expect "step 9, rules after remove" 0 \
    "$(az acr network-rule list --name mycontainerregistry --query "length(virtualNetworkRules)" -o tsv)"
# Step 10: open access again.
expect "step 10, default action" Allow \
    "$(az acr update --name myContainerRegistry --default-action Allow --query networkRuleSet.defaultAction -o tsv)"
# Step 11: delete the group (202 + Location, followed by the CLI).
az group delete --name myResourceGroup --yes
expect "step 11, group gone" false "$(az group exists --name myResourceGroup)"
echo "PASS: the walkthrough's Azure CLI commands ran against the sandbox"
