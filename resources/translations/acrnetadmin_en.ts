<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArmError</name>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not obtain an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure did not accept the sign-in (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict with the resource&apos;s current state (409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource was changed by someone else after it was read (412).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is throttling requests (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure rejected the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure reported a server error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send the access token to another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account lacks permission for this action. Ask an owner of the subscription for a role that allows it (for example Contributor on the registry, Network Contributor on the virtual network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again from the Accounts dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the subscription exists and that your account can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted or renamed. Refresh to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the resource provider in this subscription, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not accept the api-version this app uses here; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the other operation to finish, refresh, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Refresh to see the current state and make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again; loading fewer subscriptions at once also helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps failing, check Azure status and quote the request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a corporate proxy inspects TLS, add its CA certificate in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh to see whether the change was applied, then try again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be a misconfigured proxy or a tampered response; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, a proxy may be altering responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation>
            <numerusform>(after %n retry)</numerusform>
            <numerusform>(after %n retries)</numerusform>
        </translation>
    </message>
    <message>
        <source>The account was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again from the Accounts dialog, refresh, and check the resource before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Waiting for you to sign in in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service asked to wait longer between checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application ID or client secret was not accepted. Check them in the app registration (and that you copied the secret&apos;s value, not its ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid (expired, revoked, or not valid for this tenant). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant requires you to sign in interactively (multi-factor authentication or a conditional access policy). Sign in to this tenant from the Accounts dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service rejected the requested permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the sign-in service. Check your network connection and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to sign in over an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the sign-in cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on the PATH. Install it, or choose another sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in. Run &apos;az login&apos; in a terminal, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI could not provide a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>Azure (public cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure operated by 21Vianet (China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (simulated Azure)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent JSON that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown networkRuleSet.defaultAction &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a virtual network rule has neither &apos;id&apos; nor &apos;virtualNetworkSubnetResourceId&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IP rule has no &apos;value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;sku.name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service endpoint has no &apos;service&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscriptionId &apos;%1&apos; is not a subscription ID (letters, digits and hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1[%2]&apos; is %3, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &apos;%1&apos; has no &apos;id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delegation has no &apos;serviceName&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service association link has no &apos;linkedResourceType&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSetup</name>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceId</name>
    <message>
        <source>The resource ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resource ID: it must start with /subscriptions/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resource ID: it contains an empty segment (//).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resource ID: the subscription ID is missing after /subscriptions/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resource ID: the resource group name is missing after /resourceGroups/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resource ID: unexpected segment &quot;%1&quot; (expected /resourceGroups/ or /providers/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resource ID: the provider namespace is missing after /providers/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resource ID: the type &quot;%1&quot; has no name after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a %1 ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a %1 ID: it names no resource (missing /providers/%2/...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a %1 ID: it belongs to provider %2, expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a %1 ID: the resource group is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a %1 ID: missing /%2/{name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a %1 ID: found /%2/ where /%3/ was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a %1 ID: it names a child resource (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resource ID: it contains spaces or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resource ID: it contains &apos;%1&apos;, which no resource name has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resource ID: /providers/%1 is not followed by a resource type and name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <source>No access token is available: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AcceptFindingDialog</name>
    <message>
        <source>Accept finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1 (%2) on %3. Every finding of this check on this registry is shown apart and no longer fails --fail-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is acceptable (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AccessEvaluator</name>
    <message>
        <source>allowed by a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed: open to all networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: a rule exists but has no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public network access is disabled: only private endpoints reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 registry: it cannot restrict network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default action is Allow: every network can reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default action is Deny: only the rules let traffic in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VNet rule names this subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is not registered in the subnet&apos;s subscription: the service drops such a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet does not exist (or is not visible): the rule grants nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet has no Microsoft.ContainerRegistry service endpoint: its traffic does not carry the subnet&apos;s identity, so the rule grants nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet&apos;s Microsoft.ContainerRegistry endpoint carries its identity to the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VNet rule names this subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the endpoint, its traffic arrives from a private address, which no IP rule matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rule %1 covers it, but it is a private range, never seen on the public endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rule %1 covers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IP rule covers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only private endpoints: public network access is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default action is Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 SKU cannot restrict access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These subnets, through their service endpoint: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These address ranges: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that grant nothing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network: the default action is Deny and no rule lets anything in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approved private endpoint(s).</source>
        <translation>
            <numerusform>%n approved private endpoint.</numerusform>
            <numerusform>%n approved private endpoints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted Azure services, which bypass the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet&apos;s Microsoft.ContainerRegistry endpoint is %1, not Succeeded: until it succeeds, the rule grants nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on the public address its traffic leaves from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the endpoint, its traffic leaves through a public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IP rule can match a public address: denied whatever address it leaves from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP rules (%1) cover every public address: allowed whatever address it leaves from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed only if the public address it leaves from is in %1; denied from any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an IPv4 address, a subnet&apos;s name or a subnet&apos;s resource ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From subnet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in subnet %2 (%3): evaluated as traffic from that subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a private address in none of the loaded subnets: evaluated as the source address the registry sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; names %n subnet(s): %2. Type VNet/subnet to choose one.</source>
        <translation>
            <numerusform>&apos;%1&apos; names %n subnet: %2. Type VNet/subnet to choose one.</numerusform>
            <numerusform>&apos;%1&apos; names %n subnets: %2. Type VNet/subnet to choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is not registered in its subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subnet does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subnet has no ACR service endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subnet&apos;s ACR endpoint is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the endpoint, its traffic leaves through NAT gateway %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the endpoint, its traffic leaves through NAT gateway %1, whose addresses are unknown: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP rules cover %1: allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IP rule covers %1: denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of its addresses are allowed (not %1): connections that leave from those fail, so access is intermittent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is in subnet %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a subnet that is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is in subnet %3, which has no ACR endpoint and no NAT gateway: its traffic leaves from its own public IP %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address, a subnet&apos;s resource ID, the name of a loaded subnet or of a virtual machine that was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %n loaded subnet(s) of networks that overlap (%2), with different answers: type the subnet to choose one.</source>
        <translation>
            <numerusform>%1 is in %n loaded subnet of networks that overlap (%2), with different answers: type the subnet to choose one.</numerusform>
            <numerusform>%1 is in %n loaded subnets of networks that overlap (%2), with different answers: type the subnet to choose one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %n loaded subnet(s) of networks that overlap (%2); the answer is the same from each.</source>
        <translation>
            <numerusform>%1 is in %n loaded subnet of networks that overlap (%2); the answer is the same from each.</numerusform>
            <numerusform>%1 is in %n loaded subnets of networks that overlap (%2); the answer is the same from each.</numerusform>
        </translation>
    </message>
    <message>
        <source>its hosts belong to %1, which cannot use a service endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AccessLossReport</name>
    <message>
        <source>Trusted Azure services (Microsoft Defender for Cloud&apos;s image scanning, ACR Tasks, Azure Machine Learning and the like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted-services bypass is off, so the network rules apply to them too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn &quot;Allow trusted Azure services&quot; back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IP rule lets their outbound addresses in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>they get in only if their outbound addresses are among the %n IP rule(s)</source>
        <translation>
            <numerusform>they get in only if their outbound addresses are among the %n IP rule</numerusform>
            <numerusform>they get in only if their outbound addresses are among the %n IP rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure DevOps hosted agents, GitHub-hosted runners and other services without a fixed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their outbound addresses change and are not in any rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a self-hosted agent in an allowed subnet, or behind a NAT gateway whose address is an IP rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Container Instances and App Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they cannot use a registry service endpoint, and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add their outbound addresses as IP rules, or pull through a private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other machine on the internet (developers&apos; laptops, other clouds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the listed networks and addresses get through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an IP rule for its public address (or its NAT gateway&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public access is off and the registry has no approved private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a private endpoint first, or keep public access on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing repositories and tags from outside the virtual network (the portal, az acr repository list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with public access off, only the private endpoint answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run them from a machine inside the network, or over a VPN or ExpressRoute to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n subnet(s) and address range(s) the rules allowed</source>
        <translation>
            <numerusform>The %n subnet or address range the rules allowed</numerusform>
            <numerusform>The %n subnets and address ranges the rules allowed</numerusform>
        </translation>
    </message>
    <message>
        <source>network rules act only on the public endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach the registry through its private endpoint from those networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts in subnet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its VNet rule is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the rule, or reach the registry through a private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its IP rule is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2. Way forward: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AccessMatrixModel</name>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AccountListModel</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in (this run only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AccountManager</name>
    <message>
        <source>This run only: the sign-in is not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. Its keychain entries were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Keep this sign-in for this run only? You will have to sign in again next time. Nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: the system keychain is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to this &amp;tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants of the selected account:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected change back as it was, through the same review and conflict check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only mode: no changes can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state after this change is unknown: re-check it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of change cannot be put back from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the resource again to settle whether this change happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a change whose outcome is unknown needs a re-check (and a signed-in account that reaches it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading it again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ActivityEntry</name>
    <message>
        <source>running (no answer recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed – nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed – unchanged (verified by re-read at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed – state unknown: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled – nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed – it was already so</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ActivityModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 (request ID %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint or sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:PORT (sandbox) or https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code (browser sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal with client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI sign-in on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID or domain (contoso.onmicrosoft.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be an http(s) URL such as https://management.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is only allowed for a sandbox on this machine (127.0.0.1); use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox service principal only works with a sandbox endpoint on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant must be a tenant ID (a GUID) or a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service principal signs in to one tenant: enter its tenant ID or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application (client) ID of the service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret (its value, not its ID). It is stored only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application (client) ID to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will get a code to enter in a browser, on this or any other device. Leave the tenant empty to use your home tenant; other tenants are found after sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For automation accounts. The secret is kept in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the account you signed in with &apos;az login&apos;. Nothing is stored by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in to the sandbox with its built-in service principal (client ID and secret &quot;sandbox&quot;). Nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AdminActions</name>
    <message>
        <source>ACR Network Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit network rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable ACR service endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable ACR service endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Microsoft.ContainerRegistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete resource group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check access from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only mode: no changes can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the Microsoft.ContainerRegistry resource provider in %1?

This is what lets registry rules point at this subscription&apos;s subnets. It is the same as:
az provider register --namespace Microsoft.ContainerRegistry --subscription %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is registered in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 among what this app shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s)</source>
        <translation>
            <numerusform>%n subnet</numerusform>
            <numerusform>%n subnets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry(-ies)</source>
        <translation>
            <numerusform>%n registry</numerusform>
            <numerusform>%n registries</numerusform>
        </translation>
    </message>
    <message>
        <source>This kind of change cannot be put back from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking access to %n registry(-ies) from this machine…</source>
        <translation>
            <numerusform>Checking access to %n registry from this machine…</numerusform>
            <numerusform>Checking access to %n registries from this machine…</numerusform>
        </translation>
    </message>
    <message>
        <source>A change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the Microsoft.ContainerRegistry resource provider in %1 (%2). It usually takes a minute or two; it goes on in Azure whether or not this dialog stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered: no signed-in account reaches this subscription any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check access from a VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the registry check on virtual machines inside the network (Run Command) and compares the answers with the prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove service-endpoint rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews, then removes, the VNet rules of the selected registries (or of every registry under the selected node): the legacy clean-up before private endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected registries has a VNet rule: nothing to remove.</source>
        <translation>
            <numerusform>The selected registry has no VNet rule: nothing to remove.</numerusform>
            <numerusform>None of the %n selected registries has a VNet rule: nothing to remove.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::ArmJob</name>
    <message>
        <source>It went away while this was running; nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ArmListJob</name>
    <message>
        <source>The list has no &apos;value&apos; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service keeps returning more pages (%1 so far); stopped to avoid an endless loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent a next-page link it had already sent (after %1 pages); stopped to avoid an endless loop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ArmOperationJob</name>
    <message>
        <source>Stopped waiting. The change may still complete in Azure: refresh to see its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the request (202) but gave no URL to follow its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is in the Failed state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The operation did not finish within %n minute(s).</source>
        <translation>
            <numerusform>The operation did not finish within %n minute.</numerusform>
            <numerusform>The operation did not finish within %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation status has no &apos;status&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation ended with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InProgress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource ended in the %1 state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ArmRequestJob</name>
    <message>
        <source>The link %1 does not point to %2, the management endpoint of this cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; (issued by &quot;%2&quot;) is not trusted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s; stopped waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service asked to wait %1 s before trying again, longer than the %2 s this app waits; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AuditEngine</name>
    <message>
        <source>Registry reachable from all networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public network access enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved private endpoint connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU cannot restrict network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet rule to a subnet without the ACR service endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet rule to a subnet that no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet rule to a subnet that cannot be seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules present while the default action is Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules present while public network access is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet rules together with private endpoint connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource provider not registered in a rule&apos;s subnet subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rule too broad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rule with a private range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate or overlapping IP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule count near the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy service-endpoint rules in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-endpoint rules in a cloud that does not support them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaultAction: %1, publicNetworkAccess: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the internet who has credentials can reach %1: the default action is Allow and public access is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has a public endpoint; rules decide who gets through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved private endpoint connection: all traffic uses the public endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privateEndpointConnections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: network rules and private endpoints need Premium, so it is open to all networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sku: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has rules but the default action is Allow: everyone gets in anyway, the rules have no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n VNet rule(s)</source>
        <translation>
            <numerusform>%n VNet rule</numerusform>
            <numerusform>%n VNet rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP rule(s)</source>
        <translation>
            <numerusform>%n IP rule</numerusform>
            <numerusform>%n IP rules</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has rules but public network access is disabled: the rules have no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-endpoint rules and private endpoints cannot be combined on one registry; the rules will block further changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n private endpoint connection(s)</source>
        <translation>
            <numerusform>%n private endpoint connection</numerusform>
            <numerusform>%n private endpoint connections</numerusform>
        </translation>
    </message>
    <message>
        <source>Registry service endpoints are a preview feature Microsoft no longer develops; private endpoints are the recommended design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support registry service endpoints: these rules cannot work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is close to its rule limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 VNet rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 200 IP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is not registered in %1, where the rule&apos;s subnet lives: the service drops such rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrationState: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule points at %1, which does not exist any more: it grants nothing and hides a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription %1 is loaded; no such subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Microsoft.ContainerRegistry service endpoint: the rule grants nothing, and pulls from that subnet are denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serviceEndpoints of the subnet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) point at subnets in subscriptions this account cannot see (or that are not selected): whether they exist, have the endpoint and the provider cannot be checked. That is different from a subnet that was deleted.</source>
        <translation>
            <numerusform>%n rule point at subnets in subscriptions this account cannot see (or that are not selected): whether they exist, have the endpoint and the provider cannot be checked. That is different from a subnet that was deleted.</numerusform>
            <numerusform>%n rules point at subnets in subscriptions this account cannot see (or that are not selected): whether they exist, have the endpoint and the provider cannot be checked. That is different from a subnet that was deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allows %2 addresses — far more than a team&apos;s egress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipRule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a private range: the public endpoint never sees such source addresses, so this rule matches nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft.ContainerRegistry endpoint of %1 is %2, not Succeeded: until it succeeds the rule grants nothing, and pulls from that subnet are denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtualNetworkRule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has a public endpoint, and its design needs it: service-endpoint (VNet) rules and IP rules act only on the public endpoint, so disabling it would also block what they allow. The rules decide who gets through; to close the public endpoint, move to private endpoints first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are the same range: all but one are redundant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlap: the wider ones make the others redundant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipRules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet rule to a subnet whose hosts cannot use a service endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegations of the subnet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serviceAssociationLinks of the subnet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 access another way: a private endpoint, or an IP rule for the public address its traffic leaves from (a NAT gateway&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AuditPane</name>
    <message>
        <source>Export the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium and high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and the access matrix as an HTML report, CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3.
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 high · %2 medium · %3 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Policy built-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group findings by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n finding(s))</source>
        <translation>
            <numerusform>%1 (%n finding)</numerusform>
            <numerusform>%1 (%n findings)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole matrix as CSV: a row per subnet, a column per registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access matrix exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: covers %1 of %2 subscriptions; %n could not be read, and their findings are missing or from an earlier load.</source>
        <translation>
            <numerusform>Incomplete: covers %1 of %2 subscriptions; %n could not be read, and its findings are missing or from an earlier load.</numerusform>
            <numerusform>Incomplete: covers %1 of %2 subscriptions; %n could not be read, and their findings are missing or from an earlier load.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The subscriptions of %n account(s) or tenant(s) could not be listed.</source>
        <translation>
            <numerusform>The subscriptions of %n account or tenant could not be listed.</numerusform>
            <numerusform>The subscriptions of %n accounts or tenants could not be listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry in the bar above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) were read only in part: what could not be read is left out.</source>
        <translation>
            <numerusform>%n subscription was read only in part: what could not be read is left out.</numerusform>
            <numerusform>%n subscriptions were read only in part: what could not be read is left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted findings are hidden from the list and the counts; show them greyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export accepted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted findings as JSON, for acr-netadmin audit --suppressions in a pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted findings exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 accepted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is no longer accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count this finding again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this finding with a reason (and an expiry): it is shown apart, exported with the reason and does not fail --fail-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend: ✓ rule — allowed by a rule · ⚠ open — allowed because the registry is open · ✖ no effect — a rule exists but grants nothing · (i) depends — allowed only if the subnet&apos;s public egress address is in the IP rules (the cell says which) · denied — blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only mode: no changes can be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AuditReport</name>
    <message>
        <source>Registry network access audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n high</numerusform>
            <numerusform>%n high</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n medium</numerusform>
            <numerusform>%n medium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n low</numerusform>
            <numerusform>%n low</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access matrix (subnets × registries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for a report (%1 × %2); use the JSON export or the app&apos;s matrix view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule = allowed by a rule · open = allowed, open to all networks · denied · ineffective = a rule exists but grants nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected CSV header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: %1 was not read completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n part(s) could not be read, and their findings are missing</source>
        <translation>
            <numerusform>Incomplete: %n part could not be read, and its findings are missing</numerusform>
            <numerusform>Incomplete: %n parts could not be read, and their findings are missing</numerusform>
        </translation>
    </message>
    <message>
        <source>a row has %1 fields instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AzureCliCredential</name>
    <message>
        <source>The Azure CLI printed no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::AzureTerms</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure&apos;s value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::CaptureGuide</name>
    <message>
        <source>Restricting access to an Azure container registry to a virtual network — step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the resource provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click the subscription that holds the virtual network (Training networking) and choose Register Microsoft.ContainerRegistry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry&apos;s network rule can point at a subnet of another subscription only when Microsoft.ContainerRegistry is registered in that subscription; otherwise Azure drops the rule without a word. Registration takes a few minutes; the tree shows its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main window with the Training networking subscription outlined; its state reads provider not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the virtual networks and subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the Training subscription and open the Subnets tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree and the tables list every virtual network and subnet the signed-in accounts can read, across subscriptions, with each subnet&apos;s address range and whether it has the Microsoft.ContainerRegistry service endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Subnets tab, outlined, lists myDockerVMSubnet and myOtherSubnet without the service endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the service endpoint on the subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic from the subnet reaches the registry through the subnet&apos;s Microsoft.ContainerRegistry service endpoint. The dialog keeps the subnet&apos;s other endpoints. Only virtual machines and AKS clusters can use it (not a subnet delegated to a service), and it takes a few minutes to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service endpoint dialog for myDockerVMSubnet with its Apply button outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the subnet&apos;s resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select myDockerVMSubnet: the details pane shows its resource ID. Click Copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network rule names the subnet by its full resource ID. The app fills it in for you in the next steps; it is here when a script needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details pane of myDockerVMSubnet with the Copy button outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny access by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click mycontainerregistry, choose Edit network rules…, and set Default action to Deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Deny, only the networks the rules allow can reach the registry. Network rules need the Premium SKU. The sentence at the top says who can reach the registry after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network rules editor of mycontainerregistry with the default action outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the network rule for the subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry takes at most 100 virtual network rules, and cannot use service-endpoint rules and private endpoints at the same time. The change takes a few minutes to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review page: the changes, the Azure CLI commands and the request the app sends, with Apply outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check access from the virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click mycontainerregistry, choose Check access from a VM…, then click Run check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the subnet with the rule, docker pull reaches the registry and asks for credentials (401); from any other network the registry answers 403 Forbidden. The app runs the check on each VM with Run Command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check from the VMs: myDockerVM reaches the registry (401), myOtherHost is refused (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the registry&apos;s network rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select mycontainerregistry: the Registries table and the details pane show its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every registry&apos;s default action and rules are in the table, so a wrong rule is seen at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Registries table with mycontainerregistry outlined: default action Deny, one VNet rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the network rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet loses access to the registry; the review page says who loses it before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network rules editor with the rule selected and the Remove button outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore open access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One guided change removes every rule and sets the default action back to Allow: every network can reach the registry again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network rules editor with the Restore open access button outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click myResourceGroup, choose Delete resource group…, type its name to confirm, then click Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the group deletes everything in it — the registry, the virtual machines, the networks. The name must be typed to confirm; the deletion runs in the background and takes minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delete dialog with the group&apos;s name typed and the Delete button outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: network rules on a Basic registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Edit network rules… on mybasicregistry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network rules need the Premium SKU: the editor says so and offers nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network rules editor of mybasicregistry, refusing: network rules need the Premium SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: an address range that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 10.0.0.0/33 in the IP rule field and click Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 prefix cannot be longer than /32: the editor says what is wrong and adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP rule field with 10.0.0.0/33 and the editor&apos;s message, outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: a pull from outside the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the default action Deny and no rule for it, the registry refuses that address (403 Forbidden), as docker pull sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details pane&apos;s what-if for an outside address, outlined: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to click:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the Azure CLI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the guide&apos;s HTML language code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click myDockerVMSubnet, choose Enable ACR service endpoint…, then click Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Add subnets…, pick myDockerVMSubnet, click Review and apply…, check the changes and the commands, then click Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Edit network rules…, select the rule for myDockerVMSubnet, click Remove, then Review and apply… and Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Edit network rules…, click Restore open access…, then Review and apply… and Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select mycontainerregistry and type the address of a machine outside the network in the What if from field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can reach your container registries — a read-only tour of your estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your subscriptions, networks and registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subscription in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree lists every subscription the signed-in account can read, with its virtual networks, subnets and registries; the Registries tab gives each registry&apos;s SKU, default action and rules. This capture ran read-only: it changed nothing in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main window on the estate, with the first subscription selected in the tree and outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual networks and subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Subnets tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each subnet with its address range and whether it has the Microsoft.ContainerRegistry service endpoint, which a registry&apos;s network rule for that subnet needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Subnets tab, outlined, listing the selected subscription&apos;s subnets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Findings tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit reads every registry&apos;s network rules and says who can reach it: open to the internet, rules for subnets without the endpoint, rules Azure dropped because the provider is not registered. What could not be read is listed as such, never counted as a pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Findings tab, outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry&apos;s network rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a Premium registry and choose Edit network rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor shows the default action, the subnet rules and the IP rules; network rules need the Premium SKU. In a read-only capture Apply is disabled: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network rules editor of a Premium registry, its default action outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a change before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the default action and click Review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review page shows who would lose access, the equivalent az commands and the exact ARM request. Applied, a change takes a few minutes to take effect; here Apply stays disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review page of the change with its az commands outlined; Apply is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ChangeService</name>
    <message>
        <source>Network rules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network rules of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied — it may take a few minutes to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not keep these rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied at %1 — may take a few minutes to take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: someone changed the registry after the editor opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enable the ACR endpoint on %n subnet(s)</source>
        <translation>
            <numerusform>Enable the ACR endpoint on %n subnet</numerusform>
            <numerusform>Enable the ACR endpoint on %n subnets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable the ACR endpoint on %n subnet(s)</source>
        <translation>
            <numerusform>Disable the ACR endpoint on %n subnet</numerusform>
            <numerusform>Disable the ACR endpoint on %n subnets</numerusform>
        </translation>
    </message>
    <message>
        <source>Subnet %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the ACR endpoint on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the ACR endpoint on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(state unknown: re-check it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACR endpoint: %1 changed, %2 already so, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not started (cancelled).</source>
        <translation>
            <numerusform>%n not started (cancelled).</numerusform>
            <numerusform>%n not started (cancelled).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete resource group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting… this can take several minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group %1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered: no signed-in account reaches subscription %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Microsoft.ContainerRegistry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering Microsoft.ContainerRegistry in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is registered in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check at %1 could not read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checked at %1: the change is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checked at %1: unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checked at %1: neither as before nor as asked — someone else may have changed it; &quot;after&quot; now shows what is there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::CloudListModel</name>
    <message>
        <source>%1 — management endpoint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — registry service endpoints are not available in this cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::DeleteGroupDialog</name>
    <message>
        <source>Delete resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &lt;b&gt;%1&lt;/b&gt; deletes everything in it, for good: %2.&lt;br&gt;Type the group&apos;s name to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1… this can take several minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1… (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that opened this dialog was signed out: nothing more can be sent from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::DetailsPane</name>
    <message>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the resource ID (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a subscription, network, subnet or registry to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry rules that point at subnets of this subscription are dropped while the provider is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACR service endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enabled: registry rules for this subnet grant nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Premium registries can restrict network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available for the %1 SKU: open to all networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Azure services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure listed it, but its data did not parse: it is left out of the tables and the audit, which say that they are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items could not be read; everything else of this subscription was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if from… an address (10.0.0.4, 203.0.113.7), a subnet&apos;s name (myVNet/mySubnet) or its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the loaded subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Azure portal (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Azure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::DeviceCodeDialog</name>
    <message>
        <source>Sign in with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Microsoft Entra ID for a sign-in code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in a browser on any device and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::DeviceCodeFlow</name>
    <message>
        <source>No device code in the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer gives no web address to enter the code at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::EgressResolver</name>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway %1: %2 — the egress address of its subnets is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::Finding</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::GraphInventoryLoader</name>
    <message>
        <source>The Resource Graph answer has no &apos;data&apos; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet rules of this subscription&apos;s registries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry registration state: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::HelpDialog</name>
    <message>
        <source>ACR Network Admin — User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::InventoryService</name>
    <message>
        <source>The account is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::InventoryTablesPane</name>
    <message>
        <source>Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registries match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subnets match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registries in these subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subnets in these subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registries in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subnets in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read, so it is not listed here: see why in its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::InventoryTreeModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is not registered in this subscription: registry rules that point at its subnets are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address space: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ACR endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACR endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACR endpoint failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACR endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address prefixes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service endpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public access off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container registry %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n VNet rule(s)</source>
        <translation>
            <numerusform>%n VNet rule</numerusform>
            <numerusform>%n VNet rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP rule(s)</source>
        <translation>
            <numerusform>%n IP rule</numerusform>
            <numerusform>%n IP rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private endpoint connection(s)</source>
        <translation>
            <numerusform>%n private endpoint connection</numerusform>
            <numerusform>%n private endpoint connections</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure listed this resource, but its data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app shows and audits leaves it out; the subscription counts as read in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read in part — %n item(s) could not be read:</source>
        <translation>
            <numerusform>Read in part — %n item could not be read:</numerusform>
            <numerusform>Read in part — %n items could not be read:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::IpRange</name>
    <message>
        <source>Enter an IPv4 address (203.0.113.7) or range (203.0.113.0/24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IPv6 address; registry IP rules accept IPv4 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: four numbers from 0 to 255 separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;/%1&apos; is not a valid prefix length: use a number from 0 to 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has host bits set for a /%2 range; did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::LegacyCleanupDialog</name>
    <message>
        <source>Remove service-endpoint rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry service endpoints are no longer developed; private endpoints are recommended, and the two cannot be combined on one registry. This removes every VNet rule of the registries checked below — one change per registry, sent only if the registry is still as reviewed. Give their consumers another way in first (the private endpoint below each), or they lose access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries and what removing their rules changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to remove (no VNet rules): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops before the next registry; the one under way stops too if nothing was sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the rule for %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody loses access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default action is Allow, so the rules had no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules granted nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead, a private endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove rules from %n registries</source>
        <translation>
            <numerusform>&amp;Remove rules from %n registry</numerusform>
            <numerusform>&amp;Remove rules from %n registries</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Each registry changed is in the activity log, where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each registry changed is in the activity log, where it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loses access: %1 — %2. Way forward: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants nothing today, so nothing changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::LegacyRuleCleanup</name>
    <message numerus="yes">
        <source>Remove service-endpoint rules from %n registries</source>
        <translation>
            <numerusform>Remove service-endpoint rules from %n registry</numerusform>
            <numerusform>Remove service-endpoint rules from %n registries</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it started: not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed-in account reaches its subscription: not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n rule(s); read back: no VNet rules left.</source>
        <translation>
            <numerusform>Removed %n rule; read back: no VNet rules left.</numerusform>
            <numerusform>Removed %n rules; read back: no VNet rules left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied, but read back with %n VNet rule(s) still there.</source>
        <translation>
            <numerusform>Applied, but read back with %n VNet rule still there.</numerusform>
            <numerusform>Applied, but read back with %n VNet rules still there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else since the review: nothing was sent. Review it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, state unknown (check the activity log): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed, %2 not changed, %3 with an unknown outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::LoadStatus</name>
    <message>
        <source>Reads left in this hour&apos;s Azure Resource Manager budget (lowest seen in the last load, from x-ms-ratelimit-remaining-subscription-reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; what has been loaded stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VNet(s)</source>
        <translation>
            <numerusform>%n VNet</numerusform>
            <numerusform>%n VNets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s)</source>
        <translation>
            <numerusform>%n subnet</numerusform>
            <numerusform>%n subnets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry(-ies)</source>
        <translation>
            <numerusform>%n registry</numerusform>
            <numerusform>%n registries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message>
        <source>reads left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::MachineCheckModel</name>
    <message>
        <source>Running… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (HTTP 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (HTTP 403): the registry saw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This differs from the prediction: the registry&apos;s rules or the network changed since the inventory was read, or something this app does not see (a proxy, a firewall, DNS) is in the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — differs from the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deallocating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::MachineDirectory</name>
    <message>
        <source>%1: its network interface was not listed; its subnet is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the instance view has no power state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: power state not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: public IP not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::MainToolBar</name>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in, sign out, and choose the default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which subscriptions to browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load everything again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID, prefix or region (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — simulated Azure (scenario: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Automatic (Resource Graph above %n subscription(s))</source>
        <translation>
            <numerusform>Automatic (Resource Graph above %n subscription)</numerusform>
            <numerusform>Automatic (Resource Graph above %n subscriptions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always per subscription (Resource Manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always through Resource Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated Azure at %1. Nothing you do here touches a real subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::MainWindow</name>
    <message>
        <source>ACR Network Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox running at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox cloud could not start.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox cloud (scenario &quot;%1&quot;)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriptions of %1 in tenant %2 could not be listed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled: what was loaded so far is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox cloud is running at %1 (scenario &quot;%2&quot;).

Signing in to it and listing its subscriptions… Scripts and other clients can use it too: client ID &quot;sandbox&quot;, secret &quot;sandbox&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions to show.

The signed-in accounts see no subscriptions, or none is selected. Use Subscriptions to choose, or Accounts… to sign in with another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.

Use Accounts… to sign in to Azure, or start with --sandbox to try the app on simulated data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n subscription(s)</source>
        <translation>
            <numerusform>%1 · %n subscription</numerusform>
            <numerusform>%1 · %n subscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was read only in part: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Azure &amp;portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the selected resource&apos;s page in the Azure portal of its cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ACR Network Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACR Network Admin — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: no changes can be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud has no Azure portal to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ACR Network Admin %1&lt;/h3&gt;&lt;p&gt;See and change who can reach your Azure Container Registries over the network.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and QtKeychain %4.&lt;/p&gt;&lt;p&gt;Qt is available under the GNU LGPL version 3; QtKeychain under the modified BSD licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ACR Network Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide tenant and subscription IDs, public IP addresses, user names and tenant domains in everything shown, copied and exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: identifiers hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::NatGateway</name>
    <message>
        <source>the NAT gateway has no public IP address or prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: PEM file with your proxy&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::OperationDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet: cancelling changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has been sent and cannot be called back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running for %n s</source>
        <translation>
            <numerusform>Running for %n s</numerusform>
            <numerusform>Running for %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::OperationsDock</name>
    <message>
        <source>Running operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) running</source>
        <translation>
            <numerusform>%n change running</numerusform>
            <numerusform>%n changes running</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a change to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this change has been sent yet: cancelling changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change has been sent to Azure and cannot be called back; its end will be shown and recorded in the Activity log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ProbeResult</name>
    <message>
        <source>Reachable from this machine (HTTP %1: the network rules let it through; pulling needs sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by the registry&apos;s network rules (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by the registry&apos;s network rules: it saw this machine as %1 (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable from this machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not resolve (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from %1 (HTTP %2: the network rules let it through; pulling needs sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked from %1 by the registry&apos;s network rules (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked from %1 by the registry&apos;s network rules: it saw %2 (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the registry at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ProviderRegistrar</name>
    <message>
        <source>The provider is still %1; registration can take several minutes. Refresh later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::RegistryChangeDiff</name>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default action: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public network access: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted Azure services: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ VNet rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− VNet rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ IP rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− IP rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to all networks: only Premium registries can restrict network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public access disabled: only private endpoints%1 can pull; network rules have no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and trusted Azure services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow: every network can pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow: every network can pull; the rules have no effect until the default action is Deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny: no network will be able to pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deny: only %n subnet(s) will be able to pull</source>
        <translation>
            <numerusform>Deny: only %n subnet will be able to pull</numerusform>
            <numerusform>Deny: only %n subnets will be able to pull</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deny: only %n address range(s) will be able to pull</source>
        <translation>
            <numerusform>Deny: only %n address range will be able to pull</numerusform>
            <numerusform>Deny: only %n address ranges will be able to pull</numerusform>
        </translation>
    </message>
    <message>
        <source>Deny: only %1 and %2 will be able to pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s)</source>
        <translation>
            <numerusform>%n subnet</numerusform>
            <numerusform>%n subnets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address range(s)</source>
        <translation>
            <numerusform>%n address range</numerusform>
            <numerusform>%n address ranges</numerusform>
        </translation>
    </message>
    <message>
        <source> (plus trusted Azure services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a private range, never seen on the public endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) grant nothing: %1.</source>
        <translation>
            <numerusform>%n rule grant nothing: %1.</numerusform>
            <numerusform>%n rules grant nothing: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::RegistryRulesWriter</name>
    <message>
        <source>Reading %1 again to check for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the network rules of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::RegistryTableModel</name>
    <message>
        <source>Subnets allowed through their Microsoft.ContainerRegistry service endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4 addresses and ranges allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint connections (approved / all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether trusted Azure services may bypass the network rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Premium registries have network rules: this %1 registry is open to all networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public access on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public access off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::RulePreflight</name>
    <message>
        <source>Correct or remove the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same range as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps %2: one of them is redundant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a private range: the registry&apos;s public endpoint never sees such a source address, so this rule matches nothing. Use the public address your traffic leaves from, or a VNet rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows %2 addresses — is that intended?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 registry: network rules and the Deny default action need the Premium SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the registry to Premium (az acr update --name %1 --sku Premium), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry service endpoints are not available in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a private endpoint instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VNet rules: a registry can have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rules, or use a larger subnet that covers several of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n private endpoint connection(s); service-endpoint rules and Private Link cannot be combined on one registry.</source>
        <translation>
            <numerusform>%1 has %n private endpoint connection; service-endpoint rules and Private Link cannot be combined on one registry.</numerusform>
            <numerusform>%1 has %n private endpoint connections; service-endpoint rules and Private Link cannot be combined on one registry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reach the registry through its private endpoint instead, or remove the private endpoint connections first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the subnet from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription of %1 is not loaded: its provider registration and the subnet&apos;s endpoint cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is not registered in subscription %1, where %2 lives: the service would accept the rule and then drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the provider in that subscription first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an existing subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Microsoft.ContainerRegistry service endpoint: the rule would grant nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the endpoint on the subnet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft.ContainerRegistry endpoint of %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until it is Succeeded, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny without any rule: no network will be able to pull%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (except trusted Azure services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IP rules: a registry can have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rules, or merge neighbouring addresses into one CIDR range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 access through a private endpoint, or an IP rule for its outbound address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::RulesEditorDialog</name>
    <message>
        <source>Network access of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow — every network (rules have no effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny — only the networks below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow trusted Azure services to bypass the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network rules (subnets through their service endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNet rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACR endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subnets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected VNet rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rules (public IPv4 addresses and ranges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IP rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.7 or 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s public address, as a registry last saw it (Check access learns it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected IP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s public address is not known yet: type it (search &quot;what is my IP&quot;), or run Check access on a registry that denies it — its answer names the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint connections: %1. Service-endpoint (VNet) rules cannot be combined with Private Link on one registry; Microsoft recommends private endpoints for new designs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore open access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every rule and set the default action to Allow (seed step 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the provider or enable the endpoint that the selected check asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same with the Azure CLI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request this app sends (one PATCH of the whole rule set; the token is not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARM request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no — deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the checks marked ✖ first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry may have changed: refresh before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at %1 — it may take a few minutes to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not keep these rules: %1. Check that Microsoft.ContainerRegistry is registered in their subscriptions and that the subnets have the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules vanished after the change: %1. The service drops a rule whose subnet&apos;s subscription does not have Microsoft.ContainerRegistry registered — register it, then add the rule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: someone changed this registry after you opened it:
%1
Your changes were merged on top of theirs — review and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry API offers no etag: Apply reads the registry again just before it sends, and stops if anything changed, but a change someone makes in the moment between that read and this PATCH would be overwritten. The result is read back and checked afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that opened this editor was signed out: nothing more can be sent from this window. Sign in again and open the editor anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this registry right after your change (desired → found):
%1
The editor now shows what is there; the Activity log&apos;s Restore puts back the state from before your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: its subscription is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grants access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grants nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will lose access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this shows what the change would send, and sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::RunningOperationsModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::ServiceEndpointDialog</name>
    <message>
        <source>Microsoft.ContainerRegistry service endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same with the Azure CLI (it replaces the whole list, so every endpoint to keep is named):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling a service endpoint switches the subnet&apos;s traffic to Azure services to the subnet&apos;s private addresses, and can briefly reset open connections from its VMs. Other endpoints of the subnet are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rule for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling the endpoint makes registry rules for these subnets grant nothing. No loaded registry has such a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling the endpoint makes registry rules for these subnets grant nothing. These registries depend on it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already so — unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed, %2 already so, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled — nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, unchanged (verified by re-read at %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed — state unknown, re-check it in the Activity log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::SubnetEndpointWriter</name>
    <message>
        <source>No signed-in account can reach subscription %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet was updated but does not show the expected endpoint state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::SubnetHosts</name>
    <message>
        <source>Azure Container Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Service Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Container Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AKS API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Managed Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Database for PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Database for MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure NetApp Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is delegated to %2 (%3): only virtual machines and AKS nodes can reach a registry through its service endpoint, so a VNet rule to it grants %2 nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by %2 (%3): only virtual machines and AKS nodes can reach a registry through its service endpoint, so a VNet rule to it grants %2 nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS node pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scale set instance(s)</source>
        <translation>
            <numerusform>%n scale set instance</numerusform>
            <numerusform>%n scale set instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network interface(s)</source>
        <translation>
            <numerusform>%n network interface</numerusform>
            <numerusform>%n network interfaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::SubnetPicker</name>
    <message>
        <source>Add subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, VNet, prefix, region or subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::SubnetTableModel</name>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACR endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::SubscriptionListModel</name>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::SubscriptionPicker</name>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subscriptions to browse. New subscriptions are included until you clear them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, ID or tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every subscription the search shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every subscription the search shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>%1 of %n selected</numerusform>
            <numerusform>%1 of %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::SuppressionList</name>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;suppressions&quot; is missing or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkId &apos;%1&apos; is not a check ID (ACR-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resourceId &apos;%1&apos; is not a resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppression %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::TenantAccessModel</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs interactive sign-in (MFA or conditional access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::VirtualMachine</name>
    <message>
        <source>no storageProfile.osDisk.osType: the operating system is unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::VmAccessCheck</name>
    <message>
        <source>The Run Command result has no output (&apos;value&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command&apos;s output has no HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::VmCheckDialog</name>
    <message>
        <source>Check access from a virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs an anonymous GET https://&lt;registry&gt;/v2/ on each chosen machine with Run Command (step 7 of the walkthrough, from inside the network): 401 means the network rules let it through, 403 that they block it. Nothing is pulled and no credential is used. &quot;Check access from this machine&quot; tests from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent Azure CLI command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Equivalent command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the check on the selected machines (all of them when none is selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the virtual machines of %n subscription(s)…</source>
        <translation>
            <numerusform>Reading the virtual machines of %n subscription…</numerusform>
            <numerusform>Reading the virtual machines of %n subscriptions…</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription %1: no signed-in account can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1: you may not list its virtual machines or network interfaces (Microsoft.Compute/virtualMachines/read and Microsoft.Network/networkInterfaces/read; Reader grants both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No virtual machine found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s).</source>
        <translation>
            <numerusform>%n virtual machine.</numerusform>
            <numerusform>%n virtual machines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only mode: this runs a command on %1 (an anonymous request to the registry; nothing on the machine is changed, but Run Command is an action on it and is recorded in its activity log). Run it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: Run Command needs a running machine. Start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signed-in account can reach this machine&apos;s subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not run commands on this machine (it needs Microsoft.Compute/virtualMachines/runCommand/action, e.g. Virtual Machine Contributor): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::WalkthroughCapture</name>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app to be idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window of step %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check from the virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule&apos;s removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Premium registry in the estate: the rules editor (steps 4 and 5) was not captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network rules editor did not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::WidgetHelpers</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acrnet::WriteDialog</name>
    <message>
        <source>The change has not been sent yet. Keep it running in the background, or cancel it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change has been sent to Azure and cannot be called back. It keeps running in the background: its end is shown and recorded in the Activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Audits who can reach the registries; exit code 3 when a finding at or above --fail-on exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the inventory: subscriptions, VNets, subnets, registries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AzureCloud, AzureUSGovernment, AzureChinaCloud or sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running sandbox or a custom ARM endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>azcli, secret (AZURE_CLIENT_ID, AZURE_CLIENT_SECRET) or sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json, csv or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with 3 when a finding of this severity or higher exists: low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load through Azure Resource Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load per subscription through Azure Resource Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --resource-graph or --resource-manager, use Resource Graph above N subscriptions (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted findings (the JSON the app&apos;s Findings tab exports): reported apart with their reason and ignored by --fail-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language (en, es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported --format &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, csv or html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-on takes low, medium or high, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read --suppressions %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--suppressions %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --resource-graph and --resource-manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--graph-threshold needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint needs a URL such as http://127.0.0.1:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --cloud &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth secret needs --tenant and the AZURE_CLIENT_ID and AZURE_CLIENT_SECRET environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth device needs the GUI; use azcli, secret or sandbox headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --auth &apos;%1&apos; (device, secret, azcli, sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 subscription(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings at or above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: %1 part(s) of the estate could not be read (subscriptions, tenants or accounts); see the report&apos;s errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: %1 part(s) of the estate could not be read (subscriptions, tenants or accounts); see &quot;errors&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and change who can reach your Azure Container Registries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the built-in sandbox cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer no actions that change Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact identifiers for screenshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox scenario (default: demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (no window; run over SSH or in pipelines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the subscriptions, VNets, subnets and registries as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit who can reach the registries (JSON, CSV or HTML; --fail-on for CI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture draws with DejaVu Sans; %1 is missing (Debian package fonts-dejavu-core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question, as typed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question, as typed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See capture --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox scenario (default: training).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (en, es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main window size (default: 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture your own estate in this cloud instead, read-only: AzureCloud, AzureUSGovernment or AzureChinaCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the estate behind this ARM endpoint instead, read-only (a sandbox started elsewhere, or a custom cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID or domain (with --cloud or --endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in with --cloud or --endpoint: azcli (default; az login first), secret (AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and --tenant) or sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send nothing that changes Azure (always so with --cloud or --endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the walkthrough on the sandbox: a PNG per step, the control to click outlined, and guide.md and guide.html. Two runs write the same bytes. With --cloud or --endpoint, capture your own estate instead — the inventory, the audit and the rules editor up to its review page — and send nothing; without --presentation it asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant and --auth need --cloud or --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario is for the built-in sandbox; --cloud and --endpoint capture what is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint needs a URL such as https://management.example.com, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --cloud &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth sandbox signs in to a sandbox on this machine only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth secret needs --tenant and the AZURE_CLIENT_ID and AZURE_CLIENT_SECRET environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be azcli, secret or sandbox, not &apos;%1&apos; (a capture cannot wait for a device code: run az login first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to capture %1 without --presentation: the images and guides would show its subscription and tenant IDs, addresses and user names, and no one is at a terminal to agree. Add --presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images and guides will show the subscription and tenant IDs, addresses and user names of %1 (--presentation replaces them with placeholders). Capture anyway? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en or es, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 800x600 and 3840x2160, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 files to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the walkthrough as screenshots and a step guide (on the sandbox), or a read-only tour of your own estate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
