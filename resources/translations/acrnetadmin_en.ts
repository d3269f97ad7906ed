<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArmError</name>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 could not be established.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request timed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not obtain an access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure did not accept the sign-in (401).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access denied (403).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found (404).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict with the resource's current state (409).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resource was changed by someone else after it was read (412).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure is throttling requests (429).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure rejected the request (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure reported a server error (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer could not be understood.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused to send the access token to another host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operation failed in Azure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account lacks permission for this action. Ask an owner of the subscription for a role that allows it (for example Contributor on the registry, Network Contributor on the virtual network).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again from the Accounts dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the subscription exists and that your account can see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It may have been deleted or renamed. Refresh to see the current state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register the resource provider in this subscription, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service does not accept the api-version this app uses here; please report it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the other operation to finish, refresh, and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed. Refresh to see the current state and make the change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait a minute and try again; loading fewer subscriptions at once also helps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps failing, check Azure status and quote the request ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check your network connection and proxy settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If a corporate proxy inspects TLS, add its CA certificate in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh to see whether the change was applied, then try again if needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This may be a misconfigured proxy or a tampered response; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again; if it persists, a proxy may be altering responses.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation><numerusform>(after %n retry)</numerusform><numerusform>(after %n retries)</numerusform></translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Waiting for you to sign in in the browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in service asked to wait longer between checks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in was declined in the browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The application ID or client secret was not accepted. Check them in the app registration (and that you copied the secret's value, not its ID).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved sign-in is no longer valid (expired, revoked, or not valid for this tenant). Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This tenant requires you to sign in interactively (multi-factor authentication or a conditional access policy). Sign in to this tenant from the Accounts dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in service rejected the requested permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach the sign-in service. Check your network connection and proxy settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused to sign in over an unencrypted connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in service sent an answer that could not be understood.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain is not available, so the sign-in cannot be remembered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on the PATH. Install it, or choose another sign-in method.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Azure CLI is not signed in. Run 'az login' in a terminal, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Azure CLI could not provide a token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>Azure (public cloud)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure US Government</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure operated by 21Vianet (China)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox (simulated Azure)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>missing field '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field '%1' is not a non-empty string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unnamed resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resource '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent JSON that is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown networkRuleSet.defaultAction '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a virtual network rule has neither 'id' nor 'virtualNetworkSubnetResourceId'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an IP rule has no 'value'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing field 'sku.name'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a service endpoint has no 'service'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkSetup</name>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A manual proxy needs a host and a port from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResourceId</name>
    <message>
        <source>The resource ID is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a resource ID: it must start with /subscriptions/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a resource ID: it contains an empty segment (//).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a resource ID: the subscription ID is missing after /subscriptions/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a resource ID: the resource group name is missing after /resourceGroups/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a resource ID: unexpected segment "%1" (expected /resourceGroups/ or /providers/).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a resource ID: the provider namespace is missing after /providers/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a resource ID: the type "%1" has no name after it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a %1 ID: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a %1 ID: it names no resource (missing /providers/%2/...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a %1 ID: it belongs to provider %2, expected %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a %1 ID: the resource group is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a %1 ID: missing /%2/{name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a %1 ID: found /%2/ where /%3/ was expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a %1 ID: it names a child resource (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <source>No access token is available: sign in first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::AccountListModel</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service principal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure CLI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in (this run only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::AccountManager</name>
    <message>
        <source>This run only: the sign-in is not remembered.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out. Its keychain entries were removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Keep this sign-in for this run only? You will have to sign in again next time. Nothing is written to disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in: the system keychain is unavailable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenants of the selected account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to this &amp;tenant…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenants of the selected account:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom endpoint or sandbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>http://127.0.0.1:PORT (sandbox) or https://…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device code (browser sign-in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service principal with client secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure CLI sign-in on this machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox service principal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenant ID or domain (contoso.onmicrosoft.com)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the endpoint URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint must be an http(s) URL such as https://management.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain http is only allowed for a sandbox on this machine (127.0.0.1); use https.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox service principal only works with a sandbox endpoint on this machine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tenant must be a tenant ID (a GUID) or a domain name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A service principal signs in to one tenant: enter its tenant ID or domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the application (client) ID of the service principal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the client secret (its value, not its ID). It is stored only in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the application (client) ID to sign in with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You will get a code to enter in a browser, on this or any other device. Leave the tenant empty to use your home tenant; other tenants are found after sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For automation accounts. The secret is kept in the system keychain only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the account you signed in with 'az login'. Nothing is stored by this app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs in to the sandbox with its built-in service principal (client ID and secret "sandbox"). Nothing is stored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::ArmListJob</name>
    <message>
        <source>The list has no 'value' array.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service keeps returning more pages (%1 so far); stopped to avoid an endless loop.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::ArmOperationJob</name>
    <message>
        <source>Stopped waiting. The change may still complete in Azure: refresh to see its state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service accepted the request (202) but gave no URL to follow its progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resource is in the Failed state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The operation did not finish within %n minute(s).</source>
        <translation><numerusform>The operation did not finish within %n minute.</numerusform><numerusform>The operation did not finish within %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>The operation status has no 'status'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operation ended with status %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InProgress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resource ended in the %1 state.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::ArmRequestJob</name>
    <message>
        <source>The link %1 does not point to %2, the management endpoint of this cloud.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate "%1" (issued by "%2") is not trusted: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::AzureCliCredential</name>
    <message>
        <source>The Azure CLI printed no access token.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::CloudListModel</name>
    <message>
        <source>%1 — management endpoint %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — registry service endpoints are not available in this cloud</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::DeviceCodeDialog</name>
    <message>
        <source>Sign in with a code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking Microsoft Entra ID for a sign-in code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1 in a browser on any device and enter this code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::DeviceCodeFlow</name>
    <message>
        <source>No device code in the answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::MainWindow</name>
    <message>
        <source>ACR Network Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox — simulated Azure (scenario: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox banner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only mode: no changes can be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulated Azure at %1. Nothing you do here touches a real subscription.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox running at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox cloud could not start.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox cloud is running at %1 (scenario "%2").

The inventory browser that will list its subscriptions, virtual networks and registries is not part of this build yet. Scripts and other clients can use the sandbox now: sign in with client ID "sandbox" and secret "sandbox".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the sandbox cloud (scenario "%1")…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in.

Signing in to Azure is not part of this build yet. Start with --sandbox to try the app on simulated data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in, sign out, and choose the default account</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual proxy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: PEM file with your proxy's CA certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra CA certificates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>acrnet::TenantAccessModel</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs interactive sign-in (MFA or conditional access)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenant ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and change who can reach your Azure Container Registries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run on the built-in sandbox cloud.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User interface language (en, es).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer no actions that change Azure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redact identifiers for screenshots.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox scenario (default: demo).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument '%1'. See --help.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>