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
    <name>TokenSource</name>
    <message>
        <source>No access token is available: sign in first.</source>
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