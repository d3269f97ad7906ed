<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArmError</name>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>Estado HTTP inesperado %1.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>No se pudo conectar con %1.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established.</source>
        <translation>No se pudo establecer la conexión segura con %1.</translation>
    </message>
    <message>
        <source>The request timed out.</source>
        <translation>La solicitud agotó el tiempo de espera.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not obtain an access token.</source>
        <translation>No se pudo obtener un token de acceso.</translation>
    </message>
    <message>
        <source>Azure did not accept the sign-in (401).</source>
        <translation>Azure no aceptó el inicio de sesión (401).</translation>
    </message>
    <message>
        <source>Access denied (403).</source>
        <translation>Acceso denegado (403).</translation>
    </message>
    <message>
        <source>Not found (404).</source>
        <translation>No encontrado (404).</translation>
    </message>
    <message>
        <source>Conflict with the resource&apos;s current state (409).</source>
        <translation>Conflicto con el estado actual del recurso (409).</translation>
    </message>
    <message>
        <source>The resource was changed by someone else after it was read (412).</source>
        <translation>Otra persona modificó el recurso después de leerlo (412).</translation>
    </message>
    <message>
        <source>Azure is throttling requests (429).</source>
        <translation>Azure está limitando las solicitudes (429).</translation>
    </message>
    <message>
        <source>Azure rejected the request (%1).</source>
        <translation>Azure rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>Azure reported a server error (%1).</source>
        <translation>Azure informó de un error del servidor (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>No se pudo interpretar la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Refused to send the access token to another host.</source>
        <translation>Se ha evitado enviar el token de acceso a otro host.</translation>
    </message>
    <message>
        <source>The operation failed in Azure.</source>
        <translation>La operación falló en Azure.</translation>
    </message>
    <message>
        <source>Your account lacks permission for this action. Ask an owner of the subscription for a role that allows it (for example Contributor on the registry, Network Contributor on the virtual network).</source>
        <translation>Su cuenta no tiene permiso para esta acción. Pida a un propietario de la suscripción un rol que lo permita (por ejemplo, Colaborador en el registro o Colaborador de red en la red virtual).</translation>
    </message>
    <message>
        <source>Sign in again from the Accounts dialog.</source>
        <translation>Vuelva a iniciar sesión desde el diálogo Cuentas.</translation>
    </message>
    <message>
        <source>Check that the subscription exists and that your account can see it.</source>
        <translation>Compruebe que la suscripción existe y que su cuenta puede verla.</translation>
    </message>
    <message>
        <source>It may have been deleted or renamed. Refresh to see the current state.</source>
        <translation>Puede que se haya eliminado o cambiado de nombre. Actualice para ver el estado actual.</translation>
    </message>
    <message>
        <source>Register the resource provider in this subscription, then try again.</source>
        <translation>Registre el proveedor de recursos en esta suscripción y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The service does not accept the api-version this app uses here; please report it.</source>
        <translation>El servicio no acepta la api-version que esta aplicación usa aquí; por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>Wait for the other operation to finish, refresh, and try again.</source>
        <translation>Espere a que termine la otra operación, actualice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing was changed. Refresh to see the current state and make the change again.</source>
        <translation>No se ha cambiado nada. Actualice para ver el estado actual y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>Wait a minute and try again; loading fewer subscriptions at once also helps.</source>
        <translation>Espere un minuto y vuelva a intentarlo; cargar menos suscripciones a la vez también ayuda.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps failing, check Azure status and quote the request ID.</source>
        <translation>Vuelva a intentarlo en unos minutos. Si sigue fallando, consulte el estado de Azure e indique el identificador de la solicitud.</translation>
    </message>
    <message>
        <source>Check your network connection and proxy settings.</source>
        <translation>Compruebe la conexión de red y la configuración del proxy.</translation>
    </message>
    <message>
        <source>If a corporate proxy inspects TLS, add its CA certificate in Settings.</source>
        <translation>Si un proxy corporativo inspecciona TLS, añada su certificado de CA en Configuración.</translation>
    </message>
    <message>
        <source>Refresh to see whether the change was applied, then try again if needed.</source>
        <translation>Actualice para ver si se aplicó el cambio y, si hace falta, vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This may be a misconfigured proxy or a tampered response; nothing was sent.</source>
        <translation>Puede tratarse de un proxy mal configurado o de una respuesta manipulada; no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Try again; if it persists, a proxy may be altering responses.</source>
        <translation>Vuelva a intentarlo; si persiste, puede que un proxy esté alterando las respuestas.</translation>
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation>
            <numerusform>(tras %n reintento)</numerusform>
            <numerusform>(tras %n reintentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>The account was signed out.</source>
        <translation>Se cerró la sesión de la cuenta.</translation>
    </message>
    <message>
        <source>Sign in again from the Accounts dialog, refresh, and check the resource before trying again.</source>
        <translation>Vuelva a iniciar sesión desde el diálogo Cuentas, actualice y compruebe el recurso antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>Waiting for you to sign in in the browser.</source>
        <translation>Esperando a que inicie sesión en el navegador.</translation>
    </message>
    <message>
        <source>The sign-in service asked to wait longer between checks.</source>
        <translation>El servicio de inicio de sesión pidió esperar más entre comprobaciones.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser.</source>
        <translation>Se rechazó el inicio de sesión en el navegador.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>El código de inicio de sesión caducó antes de usarse. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The application ID or client secret was not accepted. Check them in the app registration (and that you copied the secret&apos;s value, not its ID).</source>
        <translation>No se aceptó el id. de aplicación o el secreto de cliente. Compruébelos en el registro de la aplicación (y que copió el valor del secreto, no su id.).</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid (expired, revoked, or not valid for this tenant). Sign in again.</source>
        <translation>El inicio de sesión guardado ya no es válido (caducado, revocado o no válido para este inquilino). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This tenant requires you to sign in interactively (multi-factor authentication or a conditional access policy). Sign in to this tenant from the Accounts dialog.</source>
        <translation>Este inquilino exige un inicio de sesión interactivo (autenticación multifactor o una directiva de acceso condicional). Inicie sesión en este inquilino desde el diálogo Cuentas.</translation>
    </message>
    <message>
        <source>The sign-in service rejected the requested permissions.</source>
        <translation>El servicio de inicio de sesión rechazó los permisos solicitados.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in service. Check your network connection and proxy settings.</source>
        <translation>No se pudo conectar con el servicio de inicio de sesión. Compruebe la conexión de red y la configuración del proxy.</translation>
    </message>
    <message>
        <source>Refused to sign in over an unencrypted connection.</source>
        <translation>Se ha evitado iniciar sesión por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that could not be understood.</source>
        <translation>El servicio de inicio de sesión envió una respuesta que no se pudo interpretar.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the sign-in cannot be remembered.</source>
        <translation>El llavero del sistema no está disponible, así que no se puede recordar el inicio de sesión.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on the PATH. Install it, or choose another sign-in method.</source>
        <translation>La CLI de Azure (az) no está instalada o no está en el PATH. Instálela o elija otro método de inicio de sesión.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in. Run &apos;az login&apos; in a terminal, then try again.</source>
        <translation>La CLI de Azure no tiene una sesión iniciada. Ejecute &apos;az login&apos; en un terminal y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Azure CLI could not provide a token.</source>
        <translation>La CLI de Azure no pudo proporcionar un token.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Error al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>Azure (public cloud)</source>
        <translation>Azure (nube pública)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure operated by 21Vianet (China)</source>
        <translation>Azure operado por 21Vianet (China)</translation>
    </message>
    <message>
        <source>Sandbox (simulated Azure)</source>
        <translation>Entorno de pruebas (Azure simulado)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>falta el campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a non-empty string</source>
        <translation>el campo &apos;%1&apos; no es una cadena no vacía</translation>
    </message>
    <message>
        <source>Unnamed resource</source>
        <translation>Recurso sin nombre</translation>
    </message>
    <message>
        <source>Resource &apos;%1&apos;</source>
        <translation>Recurso &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation>El servidor envió JSON mal formado (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The server sent JSON that is not an object.</source>
        <translation>El servidor envió JSON que no es un objeto.</translation>
    </message>
    <message>
        <source>unknown networkRuleSet.defaultAction &apos;%1&apos;</source>
        <translation>networkRuleSet.defaultAction desconocido: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a virtual network rule has neither &apos;id&apos; nor &apos;virtualNetworkSubnetResourceId&apos;</source>
        <translation>una regla de red virtual no tiene ni &apos;id&apos; ni &apos;virtualNetworkSubnetResourceId&apos;</translation>
    </message>
    <message>
        <source>an IP rule has no &apos;value&apos;</source>
        <translation>una regla de IP no tiene &apos;value&apos;</translation>
    </message>
    <message>
        <source>missing field &apos;sku.name&apos;</source>
        <translation>falta el campo &apos;sku.name&apos;</translation>
    </message>
    <message>
        <source>a service endpoint has no &apos;service&apos;</source>
        <translation>un punto de conexión de servicio no tiene &apos;service&apos;</translation>
    </message>
    <message>
        <source>subscriptionId &apos;%1&apos; is not a subscription ID (letters, digits and hyphens)</source>
        <translation>subscriptionId «%1» no es un identificador de suscripción (letras, dígitos y guiones)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, not %3</source>
        <translation>el campo «%1» es %2, no %3</translation>
    </message>
    <message>
        <source>field &apos;%1[%2]&apos; is %3, not a string</source>
        <translation>el campo «%1[%2]» es %3, no una cadena</translation>
    </message>
    <message>
        <source>an entry of &apos;%1&apos; has no &apos;id&apos;</source>
        <translation>una entrada de &apos;%1&apos; no tiene &apos;id&apos;</translation>
    </message>
    <message>
        <source>a delegation has no &apos;serviceName&apos;</source>
        <translation>una delegación no tiene &apos;serviceName&apos;</translation>
    </message>
    <message>
        <source>a service association link has no &apos;linkedResourceType&apos;</source>
        <translation>un vínculo de asociación de servicio no tiene &apos;linkedResourceType&apos;</translation>
    </message>
</context>
<context>
    <name>NetworkSetup</name>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>No se puede leer el paquete de CA %1: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>El paquete de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port from 1 to 65535.</source>
        <translation>Un proxy manual necesita un host y un puerto de 1 a 65535.</translation>
    </message>
</context>
<context>
    <name>ResourceId</name>
    <message>
        <source>The resource ID is empty.</source>
        <translation>El identificador de recurso está vacío.</translation>
    </message>
    <message>
        <source>Not a resource ID: it must start with /subscriptions/.</source>
        <translation>No es un identificador de recurso: debe empezar por /subscriptions/.</translation>
    </message>
    <message>
        <source>Not a resource ID: it contains an empty segment (//).</source>
        <translation>No es un identificador de recurso: contiene un segmento vacío (//).</translation>
    </message>
    <message>
        <source>Not a resource ID: the subscription ID is missing after /subscriptions/.</source>
        <translation>No es un identificador de recurso: falta el identificador de suscripción tras /subscriptions/.</translation>
    </message>
    <message>
        <source>Not a resource ID: the resource group name is missing after /resourceGroups/.</source>
        <translation>No es un identificador de recurso: falta el nombre del grupo de recursos tras /resourceGroups/.</translation>
    </message>
    <message>
        <source>Not a resource ID: unexpected segment &quot;%1&quot; (expected /resourceGroups/ or /providers/).</source>
        <translation>No es un identificador de recurso: segmento inesperado &quot;%1&quot; (se esperaba /resourceGroups/ o /providers/).</translation>
    </message>
    <message>
        <source>Not a resource ID: the provider namespace is missing after /providers/.</source>
        <translation>No es un identificador de recurso: falta el espacio de nombres del proveedor tras /providers/.</translation>
    </message>
    <message>
        <source>Not a resource ID: the type &quot;%1&quot; has no name after it.</source>
        <translation>No es un identificador de recurso: el tipo &quot;%1&quot; no va seguido de un nombre.</translation>
    </message>
    <message>
        <source>Not a %1 ID: %2</source>
        <translation>No es un identificador de %1: %2</translation>
    </message>
    <message>
        <source>Not a %1 ID: it names no resource (missing /providers/%2/...).</source>
        <translation>No es un identificador de %1: no nombra ningún recurso (falta /providers/%2/...).</translation>
    </message>
    <message>
        <source>Not a %1 ID: it belongs to provider %2, expected %3.</source>
        <translation>No es un identificador de %1: pertenece al proveedor %2, se esperaba %3.</translation>
    </message>
    <message>
        <source>Not a %1 ID: the resource group is missing.</source>
        <translation>No es un identificador de %1: falta el grupo de recursos.</translation>
    </message>
    <message>
        <source>Not a %1 ID: missing /%2/{name}.</source>
        <translation>No es un identificador de %1: falta /%2/{nombre}.</translation>
    </message>
    <message>
        <source>Not a %1 ID: found /%2/ where /%3/ was expected.</source>
        <translation>No es un identificador de %1: se encontró /%2/ donde se esperaba /%3/.</translation>
    </message>
    <message>
        <source>Not a %1 ID: it names a child resource (%2).</source>
        <translation>No es un identificador de %1: nombra un recurso hijo (%2).</translation>
    </message>
    <message>
        <source>Not a resource ID: it contains spaces or line breaks.</source>
        <translation>No es un identificador de recurso: contiene espacios o saltos de línea.</translation>
    </message>
    <message>
        <source>Not a resource ID: it contains &apos;%1&apos;, which no resource name has.</source>
        <translation>No es un identificador de recurso: contiene «%1», que ningún nombre de recurso lleva.</translation>
    </message>
    <message>
        <source>Not a resource ID: /providers/%1 is not followed by a resource type and name.</source>
        <translation>No es un identificador de recurso: /providers/%1 no va seguido de un tipo y un nombre de recurso.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún llavero disponible.</translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <source>No access token is available: sign in first.</source>
        <translation>No hay ningún token de acceso: inicie sesión primero.</translation>
    </message>
</context>
<context>
    <name>acrnet::AcceptFindingDialog</name>
    <message>
        <source>Accept finding</source>
        <translation>Aceptar hallazgo</translation>
    </message>
    <message>
        <source>Accept %1 (%2) on %3. Every finding of this check on this registry is shown apart and no longer fails --fail-on.</source>
        <translation>Aceptar %1 (%2) en %3. Todos los hallazgos de esta comprobación en este registro se muestran aparte y ya no hacen fallar --fail-on.</translation>
    </message>
    <message>
        <source>Why this is acceptable (required)</source>
        <translation>Por qué es aceptable (obligatorio)</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>acrnet::AccessEvaluator</name>
    <message>
        <source>allowed by a rule</source>
        <translation>permitido por una regla</translation>
    </message>
    <message>
        <source>allowed: open to all networks</source>
        <translation>permitido: abierto a todas las redes</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegado</translation>
    </message>
    <message>
        <source>denied: a rule exists but has no effect</source>
        <translation>denegado: hay una regla pero no tiene efecto</translation>
    </message>
    <message>
        <source>Public network access is disabled: only private endpoints reach %1.</source>
        <translation>El acceso de red público está deshabilitado: solo los puntos de conexión privados llegan a %1.</translation>
    </message>
    <message>
        <source>%1 is a %2 registry: it cannot restrict network access.</source>
        <translation>%1 es un registro %2: no puede restringir el acceso de red.</translation>
    </message>
    <message>
        <source>The default action is Allow: every network can reach %1.</source>
        <translation>La acción predeterminada es Allow: todas las redes pueden llegar a %1.</translation>
    </message>
    <message>
        <source>The default action is Deny: only the rules let traffic in.</source>
        <translation>La acción predeterminada es Deny: solo las reglas dejan pasar el tráfico.</translation>
    </message>
    <message>
        <source>A VNet rule names this subnet.</source>
        <translation>Una regla de VNet nombra esta subred.</translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is not registered in the subnet&apos;s subscription: the service drops such a rule.</source>
        <translation>Microsoft.ContainerRegistry no está registrado en la suscripción de la subred: el servicio descarta esa regla.</translation>
    </message>
    <message>
        <source>The subnet does not exist (or is not visible): the rule grants nothing.</source>
        <translation>La subred no existe (o no es visible): la regla no concede nada.</translation>
    </message>
    <message>
        <source>The subnet has no Microsoft.ContainerRegistry service endpoint: its traffic does not carry the subnet&apos;s identity, so the rule grants nothing.</source>
        <translation>La subred no tiene punto de conexión de servicio Microsoft.ContainerRegistry: su tráfico no lleva la identidad de la subred, así que la regla no concede nada.</translation>
    </message>
    <message>
        <source>The subnet&apos;s Microsoft.ContainerRegistry endpoint carries its identity to the registry.</source>
        <translation>El punto de conexión Microsoft.ContainerRegistry de la subred lleva su identidad al registro.</translation>
    </message>
    <message>
        <source>No VNet rule names this subnet.</source>
        <translation>Ninguna regla de VNet nombra esta subred.</translation>
    </message>
    <message>
        <source>With the endpoint, its traffic arrives from a private address, which no IP rule matches.</source>
        <translation>Con el punto de conexión, su tráfico llega desde una dirección privada, que ninguna regla de IP cubre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address.</source>
        <translation>&apos;%1&apos; no es una dirección IPv4.</translation>
    </message>
    <message>
        <source>IP rule %1 covers it, but it is a private range, never seen on the public endpoint.</source>
        <translation>La regla de IP %1 la cubre, pero es un intervalo privado que nunca se ve en el punto de conexión público.</translation>
    </message>
    <message>
        <source>IP rule %1 covers %2.</source>
        <translation>La regla de IP %1 cubre %2.</translation>
    </message>
    <message>
        <source>No IP rule covers %1.</source>
        <translation>Ninguna regla de IP cubre %1.</translation>
    </message>
    <message>
        <source>Only private endpoints: public network access is disabled.</source>
        <translation>Solo puntos de conexión privados: el acceso de red público está deshabilitado.</translation>
    </message>
    <message>
        <source>All networks: %1.</source>
        <translation>Todas las redes: %1.</translation>
    </message>
    <message>
        <source>the default action is Allow</source>
        <translation>la acción predeterminada es Allow</translation>
    </message>
    <message>
        <source>the %1 SKU cannot restrict access</source>
        <translation>la SKU %1 no puede restringir el acceso</translation>
    </message>
    <message>
        <source>These subnets, through their service endpoint: %1.</source>
        <translation>Estas subredes, a través de su punto de conexión de servicio: %1.</translation>
    </message>
    <message>
        <source>These address ranges: %1.</source>
        <translation>Estos intervalos de direcciones: %1.</translation>
    </message>
    <message>
        <source>Rules that grant nothing: %1.</source>
        <translation>Reglas que no conceden nada: %1.</translation>
    </message>
    <message>
        <source>No network: the default action is Deny and no rule lets anything in.</source>
        <translation>Ninguna red: la acción predeterminada es Deny y ninguna regla deja pasar nada.</translation>
    </message>
    <message>
        <source>Everything else is blocked.</source>
        <translation>Todo lo demás está bloqueado.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved private endpoint(s).</source>
        <translation>
            <numerusform>%n punto de conexión privado aprobado.</numerusform>
            <numerusform>%n puntos de conexión privados aprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted Azure services, which bypass the rules.</source>
        <translation>Los servicios de Azure de confianza, que omiten las reglas.</translation>
    </message>
    <message>
        <source>The subnet&apos;s Microsoft.ContainerRegistry endpoint is %1, not Succeeded: until it succeeds, the rule grants nothing.</source>
        <translation>El punto de conexión Microsoft.ContainerRegistry de la subred está en %1, no en Succeeded: hasta que termine bien, la regla no concede nada.</translation>
    </message>
    <message>
        <source>depends on the public address its traffic leaves from</source>
        <translation>depende de la dirección pública por la que sale su tráfico</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>entrada no válida</translation>
    </message>
    <message>
        <source>Without the endpoint, its traffic leaves through a public address.</source>
        <translation>Sin el punto de conexión, su tráfico sale por una dirección pública.</translation>
    </message>
    <message>
        <source>No IP rule can match a public address: denied whatever address it leaves from.</source>
        <translation>Ninguna regla IP puede coincidir con una dirección pública: denegado salga por la dirección que salga.</translation>
    </message>
    <message>
        <source>The IP rules (%1) cover every public address: allowed whatever address it leaves from.</source>
        <translation>Las reglas IP (%1) cubren todas las direcciones públicas: permitido salga por la dirección que salga.</translation>
    </message>
    <message>
        <source>Allowed only if the public address it leaves from is in %1; denied from any other.</source>
        <translation>Permitido solo si la dirección pública por la que sale está en %1; denegado desde cualquier otra.</translation>
    </message>
    <message>
        <source>Type an IPv4 address, a subnet&apos;s name or a subnet&apos;s resource ID.</source>
        <translation>Escriba una dirección IPv4, el nombre de una subred o el identificador de recurso de una subred.</translation>
    </message>
    <message>
        <source>From subnet %1.</source>
        <translation>Desde la subred %1.</translation>
    </message>
    <message>
        <source>%1 is in subnet %2 (%3): evaluated as traffic from that subnet.</source>
        <translation>%1 está en la subred %2 (%3): se evalúa como tráfico desde esa subred.</translation>
    </message>
    <message>
        <source>%1 is a private address in none of the loaded subnets: evaluated as the source address the registry sees.</source>
        <translation>%1 es una dirección privada que no está en ninguna de las subredes cargadas: se evalúa como la dirección de origen que ve el registro.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; names %n subnet(s): %2. Type VNet/subnet to choose one.</source>
        <translation>
            <numerusform>&apos;%1&apos; nombra %n subred: %2. Escriba VNet/subred para elegir una.</numerusform>
            <numerusform>&apos;%1&apos; nombra %n subredes: %2. Escriba VNet/subred para elegir una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is not registered in its subscription</source>
        <translation>Microsoft.ContainerRegistry no está registrado en su suscripción</translation>
    </message>
    <message>
        <source>the subnet does not exist</source>
        <translation>la subred no existe</translation>
    </message>
    <message>
        <source>the subnet has no ACR service endpoint</source>
        <translation>la subred no tiene punto de conexión de servicio de ACR</translation>
    </message>
    <message>
        <source>the subnet&apos;s ACR endpoint is %1</source>
        <translation>el punto de conexión de ACR de la subred está %1</translation>
    </message>
    <message>
        <source>Without the endpoint, its traffic leaves through NAT gateway %1 (%2).</source>
        <translation>Sin el punto de conexión, su tráfico sale por la puerta de enlace NAT %1 (%2).</translation>
    </message>
    <message>
        <source>Without the endpoint, its traffic leaves through NAT gateway %1, whose addresses are unknown: %2.</source>
        <translation>Sin el punto de conexión, su tráfico sale por la puerta de enlace NAT %1, cuyas direcciones se desconocen: %2.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>The IP rules cover %1: allowed.</source>
        <translation>Las reglas IP cubren %1: permitido.</translation>
    </message>
    <message>
        <source>No IP rule covers %1: denied.</source>
        <translation>Ninguna regla IP cubre %1: denegado.</translation>
    </message>
    <message>
        <source>Only part of its addresses are allowed (not %1): connections that leave from those fail, so access is intermittent.</source>
        <translation>Solo parte de sus direcciones están permitidas (no %1): las conexiones que salen por ellas fallan, así que el acceso es intermitente.</translation>
    </message>
    <message>
        <source>%1 (%2) is in subnet %3.</source>
        <translation>%1 (%2) está en la subred %3.</translation>
    </message>
    <message>
        <source>%1 is in a subnet that is not loaded.</source>
        <translation>%1 está en una subred que no está cargada.</translation>
    </message>
    <message>
        <source>%1 (%2) is in subnet %3, which has no ACR endpoint and no NAT gateway: its traffic leaves from its own public IP %4.</source>
        <translation>%1 (%2) está en la subred %3, que no tiene punto de conexión de ACR ni puerta de enlace NAT: su tráfico sale por su propia IP pública %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address, a subnet&apos;s resource ID, the name of a loaded subnet or of a virtual machine that was read.</source>
        <translation>&apos;%1&apos; no es una dirección IPv4, ni el identificador de recurso de una subred, ni el nombre de una subred cargada o de una máquina virtual leída.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %n loaded subnet(s) of networks that overlap (%2), with different answers: type the subnet to choose one.</source>
        <translation>
            <numerusform>%1 está en %n subred cargada de redes que se solapan (%2), con respuestas distintas: escriba la subred para elegir una.</numerusform>
            <numerusform>%1 está en %n subredes cargadas de redes que se solapan (%2), con respuestas distintas: escriba la subred para elegir una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %n loaded subnet(s) of networks that overlap (%2); the answer is the same from each.</source>
        <translation>
            <numerusform>%1 está en %n subred cargada de redes que se solapan (%2); la respuesta es la misma desde cada una.</numerusform>
            <numerusform>%1 está en %n subredes cargadas de redes que se solapan (%2); la respuesta es la misma desde cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>its hosts belong to %1, which cannot use a service endpoint</source>
        <translation>sus hosts pertenecen a %1, que no puede usar un punto de conexión de servicio</translation>
    </message>
</context>
<context>
    <name>acrnet::AccessLossReport</name>
    <message>
        <source>Trusted Azure services (Microsoft Defender for Cloud&apos;s image scanning, ACR Tasks, Azure Machine Learning and the like)</source>
        <translation>Los servicios de Azure de confianza (el análisis de imágenes de Microsoft Defender for Cloud, ACR Tasks, Azure Machine Learning y similares)</translation>
    </message>
    <message>
        <source>the trusted-services bypass is off, so the network rules apply to them too</source>
        <translation>la excepción para servicios de confianza está desactivada, así que las reglas de red también se les aplican</translation>
    </message>
    <message>
        <source>turn &quot;Allow trusted Azure services&quot; back on</source>
        <translation>vuelva a activar «Permitir servicios de Azure de confianza»</translation>
    </message>
    <message>
        <source>no IP rule lets their outbound addresses in</source>
        <translation>ninguna regla de IP deja entrar sus direcciones de salida</translation>
    </message>
    <message numerus="yes">
        <source>they get in only if their outbound addresses are among the %n IP rule(s)</source>
        <translation>
            <numerusform>solo entran si sus direcciones de salida están en la %n regla de IP</numerusform>
            <numerusform>solo entran si sus direcciones de salida están entre las %n reglas de IP</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure DevOps hosted agents, GitHub-hosted runners and other services without a fixed address</source>
        <translation>Los agentes hospedados de Azure DevOps, los ejecutores hospedados en GitHub y otros servicios sin una dirección fija</translation>
    </message>
    <message>
        <source>their outbound addresses change and are not in any rule</source>
        <translation>sus direcciones de salida cambian y no están en ninguna regla</translation>
    </message>
    <message>
        <source>run a self-hosted agent in an allowed subnet, or behind a NAT gateway whose address is an IP rule</source>
        <translation>ejecute un agente autohospedado en una subred permitida, o detrás de una puerta de enlace NAT cuya dirección sea una regla de IP</translation>
    </message>
    <message>
        <source>Azure Container Instances and App Service</source>
        <translation>Azure Container Instances y App Service</translation>
    </message>
    <message>
        <source>they cannot use a registry service endpoint, and %1</source>
        <translation>no pueden usar un punto de conexión de servicio del registro, y %1</translation>
    </message>
    <message>
        <source>add their outbound addresses as IP rules, or pull through a private endpoint</source>
        <translation>agregue sus direcciones de salida como reglas de IP, o extraiga a través de un punto de conexión privado</translation>
    </message>
    <message>
        <source>Every other machine on the internet (developers&apos; laptops, other clouds)</source>
        <translation>Cualquier otro equipo de internet (portátiles de desarrolladores, otras nubes)</translation>
    </message>
    <message>
        <source>only the listed networks and addresses get through</source>
        <translation>solo pasan las redes y direcciones de la lista</translation>
    </message>
    <message>
        <source>add an IP rule for its public address (or its NAT gateway&apos;s)</source>
        <translation>agregue una regla de IP para su dirección pública (o la de su puerta de enlace NAT)</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>public access is off and the registry has no approved private endpoint</source>
        <translation>el acceso público está desactivado y el registro no tiene ningún punto de conexión privado aprobado</translation>
    </message>
    <message>
        <source>add a private endpoint first, or keep public access on</source>
        <translation>agregue antes un punto de conexión privado, o mantenga activado el acceso público</translation>
    </message>
    <message>
        <source>Listing repositories and tags from outside the virtual network (the portal, az acr repository list)</source>
        <translation>Listar repositorios y etiquetas desde fuera de la red virtual (el portal, az acr repository list)</translation>
    </message>
    <message>
        <source>with public access off, only the private endpoint answers</source>
        <translation>con el acceso público desactivado, solo responde el punto de conexión privado</translation>
    </message>
    <message>
        <source>run them from a machine inside the network, or over a VPN or ExpressRoute to it</source>
        <translation>ejecútelos desde un equipo dentro de la red, o a través de una VPN o ExpressRoute hacia ella</translation>
    </message>
    <message numerus="yes">
        <source>The %n subnet(s) and address range(s) the rules allowed</source>
        <translation>
            <numerusform>La %n subred o intervalo de direcciones que permitían las reglas</numerusform>
            <numerusform>Las %n subredes e intervalos de direcciones que permitían las reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>network rules act only on the public endpoint</source>
        <translation>las reglas de red solo actúan en el punto de conexión público</translation>
    </message>
    <message>
        <source>reach the registry through its private endpoint from those networks</source>
        <translation>acceda al registro a través de su punto de conexión privado desde esas redes</translation>
    </message>
    <message>
        <source>Hosts in subnet %1</source>
        <translation>Los equipos de la subred %1</translation>
    </message>
    <message>
        <source>its VNet rule is removed</source>
        <translation>se quita su regla de VNet</translation>
    </message>
    <message>
        <source>keep the rule, or reach the registry through a private endpoint</source>
        <translation>mantenga la regla, o acceda al registro a través de un punto de conexión privado</translation>
    </message>
    <message>
        <source>Callers from %1</source>
        <translation>Quienes llaman desde %1</translation>
    </message>
    <message>
        <source>its IP rule is removed</source>
        <translation>se quita su regla de IP</translation>
    </message>
    <message>
        <source>keep the rule</source>
        <translation>mantenga la regla</translation>
    </message>
    <message>
        <source>• %1 — %2. Way forward: %3.</source>
        <translation>• %1 — %2. Cómo seguir: %3.</translation>
    </message>
</context>
<context>
    <name>acrnet::AccessMatrixModel</name>
    <message>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegado</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>sin efecto</translation>
    </message>
    <message>
        <source>depends</source>
        <translation>depende</translation>
    </message>
</context>
<context>
    <name>acrnet::AccountListModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminada)</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Código de dispositivo</translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation>Entidad de servicio</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>CLI de Azure</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Signed in (this run only)</source>
        <translation>Sesión iniciada (solo esta ejecución)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Requiere inicio de sesión</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Home tenant</source>
        <translation>Inquilino principal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>acrnet::AccountManager</name>
    <message>
        <source>This run only: the sign-in is not remembered.</source>
        <translation>Solo esta ejecución: el inicio de sesión no se recordará.</translation>
    </message>
</context>
<context>
    <name>acrnet::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Agregar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation>Establecer como &amp;predeterminada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>Signed out. Its keychain entries were removed.</source>
        <translation>Sesión cerrada. Se eliminaron sus entradas del llavero.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>No se agregó la cuenta: %1</translation>
    </message>
    <message>
        <source>%1

Keep this sign-in for this run only? You will have to sign in again next time. Nothing is written to disk.</source>
        <translation>%1

¿Mantener este inicio de sesión solo durante esta ejecución? Tendrá que volver a iniciar sesión la próxima vez. No se escribe nada en el disco.</translation>
    </message>
    <message>
        <source>Not signed in: the system keychain is unavailable.</source>
        <translation>Sin sesión: el llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Tenants of the selected account</source>
        <translation>Inquilinos de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Sign in to this &amp;tenant…</source>
        <translation>Iniciar sesión en este &amp;inquilino…</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Red…</translation>
    </message>
    <message>
        <source>Tenants of the selected account:</source>
        <translation>Inquilinos de la cuenta seleccionada:</translation>
    </message>
</context>
<context>
    <name>acrnet::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Put the selected change back as it was, through the same review and conflict check</source>
        <translation>Deja el cambio seleccionado como estaba, con la misma revisión y comprobación de conflictos</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Exportar el registro de actividad</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Activity log exported to %1.</source>
        <translation>Registro de actividad exportado a %1.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Read-only mode: no changes can be made.</source>
        <translation>Modo de solo lectura: no se puede hacer ningún cambio.</translation>
    </message>
    <message>
        <source>Select a change to put back</source>
        <translation>Seleccione un cambio para deshacerlo</translation>
    </message>
    <message>
        <source>The state after this change is unknown: re-check it first</source>
        <translation>El estado tras este cambio es desconocido: vuelva a comprobarlo primero</translation>
    </message>
    <message>
        <source>This kind of change cannot be put back from here</source>
        <translation>Este tipo de cambio no se puede deshacer desde aquí</translation>
    </message>
    <message>
        <source>Read the resource again to settle whether this change happened</source>
        <translation>Leer de nuevo el recurso para saber si el cambio se produjo</translation>
    </message>
    <message>
        <source>Only a change whose outcome is unknown needs a re-check (and a signed-in account that reaches it)</source>
        <translation>Solo un cambio de resultado desconocido necesita comprobarse de nuevo (y una cuenta con sesión iniciada que llegue a él)</translation>
    </message>
    <message>
        <source>Reading it again…</source>
        <translation>Leyéndolo de nuevo…</translation>
    </message>
</context>
<context>
    <name>acrnet::ActivityEntry</name>
    <message>
        <source>running (no answer recorded)</source>
        <translation>en curso (sin respuesta registrada)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>failed – nothing was sent</source>
        <translation>falló – no se envió nada</translation>
    </message>
    <message>
        <source>failed – unchanged (verified by re-read at %1)</source>
        <translation>falló – sin cambios (comprobado releyendo a las %1)</translation>
    </message>
    <message>
        <source>failed – state unknown: check it</source>
        <translation>falló – estado desconocido: compruébelo</translation>
    </message>
    <message>
        <source>cancelled – nothing was sent</source>
        <translation>cancelado – no se envió nada</translation>
    </message>
    <message>
        <source>not needed – it was already so</source>
        <translation>no necesario – ya estaba así</translation>
    </message>
</context>
<context>
    <name>acrnet::ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (request ID %4)</source>
        <translation>%1 %2 → %3 (ID de solicitud %4)</translation>
    </message>
</context>
<context>
    <name>acrnet::AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Custom endpoint or sandbox…</source>
        <translation>Punto de conexión personalizado o entorno de pruebas…</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>http://127.0.0.1:PORT (sandbox) or https://…</source>
        <translation>http://127.0.0.1:PUERTO (entorno de pruebas) o https://…</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Device code (browser sign-in)</source>
        <translation>Código de dispositivo (inicio de sesión en el navegador)</translation>
    </message>
    <message>
        <source>Service principal with client secret</source>
        <translation>Entidad de servicio con secreto de cliente</translation>
    </message>
    <message>
        <source>Azure CLI sign-in on this machine</source>
        <translation>Sesión de la CLI de Azure en este equipo</translation>
    </message>
    <message>
        <source>Sandbox service principal</source>
        <translation>Entidad de servicio del entorno de pruebas</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Tenant ID or domain (contoso.onmicrosoft.com)</source>
        <translation>Id. de inquilino o dominio (contoso.onmicrosoft.com)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Nube:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Punto de conexión:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Id. de aplicación (&amp;cliente):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Enter the endpoint URL.</source>
        <translation>Escriba la URL del punto de conexión.</translation>
    </message>
    <message>
        <source>The endpoint must be an http(s) URL such as https://management.example.com.</source>
        <translation>El punto de conexión debe ser una URL http(s), como https://management.example.com.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for a sandbox on this machine (127.0.0.1); use https.</source>
        <translation>Solo se permite http sin cifrar para un entorno de pruebas en este equipo (127.0.0.1); use https.</translation>
    </message>
    <message>
        <source>The sandbox service principal only works with a sandbox endpoint on this machine.</source>
        <translation>La entidad de servicio del entorno de pruebas solo funciona con un entorno de pruebas en este equipo.</translation>
    </message>
    <message>
        <source>The tenant must be a tenant ID (a GUID) or a domain name.</source>
        <translation>El inquilino debe ser un id. de inquilino (un GUID) o un nombre de dominio.</translation>
    </message>
    <message>
        <source>A service principal signs in to one tenant: enter its tenant ID or domain.</source>
        <translation>Una entidad de servicio inicia sesión en un solo inquilino: escriba su id. o dominio.</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of the service principal.</source>
        <translation>Escriba el id. de aplicación (cliente) de la entidad de servicio.</translation>
    </message>
    <message>
        <source>Enter the client secret (its value, not its ID). It is stored only in the system keychain.</source>
        <translation>Escriba el secreto de cliente (su valor, no su id.). Solo se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Enter the application (client) ID to sign in with.</source>
        <translation>Escriba el id. de aplicación (cliente) con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>You will get a code to enter in a browser, on this or any other device. Leave the tenant empty to use your home tenant; other tenants are found after sign-in.</source>
        <translation>Recibirá un código para escribir en un navegador, en este o en cualquier otro dispositivo. Deje el inquilino vacío para usar su inquilino principal; los demás se encuentran tras iniciar sesión.</translation>
    </message>
    <message>
        <source>For automation accounts. The secret is kept in the system keychain only.</source>
        <translation>Para cuentas de automatización. El secreto solo se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Uses the account you signed in with &apos;az login&apos;. Nothing is stored by this app.</source>
        <translation>Usa la cuenta con la que inició sesión mediante &apos;az login&apos;. Esta aplicación no guarda nada.</translation>
    </message>
    <message>
        <source>Signs in to the sandbox with its built-in service principal (client ID and secret &quot;sandbox&quot;). Nothing is stored.</source>
        <translation>Inicia sesión en el entorno de pruebas con su entidad de servicio integrada (id. de cliente y secreto &quot;sandbox&quot;). No se guarda nada.</translation>
    </message>
</context>
<context>
    <name>acrnet::AdminActions</name>
    <message>
        <source>ACR Network Admin</source>
        <translation>ACR Network Admin</translation>
    </message>
    <message>
        <source>Edit network rules…</source>
        <translation>Editar reglas de red…</translation>
    </message>
    <message>
        <source>Enable ACR service endpoint…</source>
        <translation>Habilitar el punto de conexión de servicio de ACR…</translation>
    </message>
    <message>
        <source>Disable ACR service endpoint…</source>
        <translation>Deshabilitar el punto de conexión de servicio de ACR…</translation>
    </message>
    <message>
        <source>Register Microsoft.ContainerRegistry</source>
        <translation>Registrar Microsoft.ContainerRegistry</translation>
    </message>
    <message>
        <source>Delete resource group…</source>
        <translation>Eliminar grupo de recursos…</translation>
    </message>
    <message>
        <source>Check access from this machine</source>
        <translation>Comprobar el acceso desde este equipo</translation>
    </message>
    <message>
        <source>Read-only mode: no changes can be made.</source>
        <translation>Modo de solo lectura: no se puede hacer ningún cambio.</translation>
    </message>
    <message>
        <source>Register the Microsoft.ContainerRegistry resource provider in %1?

This is what lets registry rules point at this subscription&apos;s subnets. It is the same as:
az provider register --namespace Microsoft.ContainerRegistry --subscription %2</source>
        <translation>¿Registrar el proveedor de recursos Microsoft.ContainerRegistry en %1?

Es lo que permite que las reglas de registro apunten a las subredes de esta suscripción. Equivale a:
az provider register --namespace Microsoft.ContainerRegistry --subscription %2</translation>
    </message>
    <message>
        <source>Registration failed: %1</source>
        <translation>El registro falló: %1</translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is registered in %1.</source>
        <translation>Microsoft.ContainerRegistry está registrado en %1.</translation>
    </message>
    <message>
        <source>%1 and %2 among what this app shows</source>
        <translation>%1 y %2 entre lo que muestra esta aplicación</translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s)</source>
        <translation>
            <numerusform>%n subred</numerusform>
            <numerusform>%n subredes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry(-ies)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>This kind of change cannot be put back from here.</source>
        <translation>Este tipo de cambio no se puede deshacer desde aquí.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking access to %n registry(-ies) from this machine…</source>
        <translation>
            <numerusform>Comprobando el acceso a %n registro desde este equipo…</numerusform>
            <numerusform>Comprobando el acceso a %n registros desde este equipo…</numerusform>
        </translation>
    </message>
    <message>
        <source>A change failed</source>
        <translation>Un cambio ha fallado</translation>
    </message>
    <message>
        <source>Registering the Microsoft.ContainerRegistry resource provider in %1 (%2). It usually takes a minute or two; it goes on in Azure whether or not this dialog stays open.</source>
        <translation>Registrando el proveedor de recursos Microsoft.ContainerRegistry en %1 (%2). Suele tardar uno o dos minutos; continúa en Azure aunque se cierre este diálogo.</translation>
    </message>
    <message>
        <source>Not registered: no signed-in account reaches this subscription any more.</source>
        <translation>No registrado: ninguna cuenta con sesión iniciada llega ya a esta suscripción.</translation>
    </message>
    <message>
        <source>The provider is %1.</source>
        <translation>El proveedor está %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelado: no se envió nada.</translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation>(ID de solicitud %1)</translation>
    </message>
    <message>
        <source>Check access from a VM…</source>
        <translation>Comprobar el acceso desde una VM…</translation>
    </message>
    <message>
        <source>Runs the registry check on virtual machines inside the network (Run Command) and compares the answers with the prediction.</source>
        <translation>Ejecuta la comprobación del registro en máquinas virtuales dentro de la red (Run Command) y compara las respuestas con la predicción.</translation>
    </message>
    <message>
        <source>Remove service-endpoint rules…</source>
        <translation>Quitar las reglas de punto de conexión de servicio…</translation>
    </message>
    <message>
        <source>Reviews, then removes, the VNet rules of the selected registries (or of every registry under the selected node): the legacy clean-up before private endpoints.</source>
        <translation>Revisa y después quita las reglas de VNet de los registros seleccionados (o de todos los registros bajo el nodo seleccionado): la limpieza heredada antes de los puntos de conexión privados.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected registries has a VNet rule: nothing to remove.</source>
        <translation>
            <numerusform>El registro seleccionado no tiene ninguna regla de VNet: no hay nada que quitar.</numerusform>
            <numerusform>Ninguno de los %n registros seleccionados tiene reglas de VNet: no hay nada que quitar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::ArmJob</name>
    <message>
        <source>It went away while this was running; nothing more was sent.</source>
        <translation>Desapareció mientras esto estaba en curso; no se envió nada más.</translation>
    </message>
</context>
<context>
    <name>acrnet::ArmListJob</name>
    <message>
        <source>The list has no &apos;value&apos; array.</source>
        <translation>La lista no tiene una matriz &apos;value&apos;.</translation>
    </message>
    <message>
        <source>The service keeps returning more pages (%1 so far); stopped to avoid an endless loop.</source>
        <translation>El servicio sigue devolviendo más páginas (%1 hasta ahora); se ha detenido para evitar un bucle infinito.</translation>
    </message>
    <message>
        <source>The service sent a next-page link it had already sent (after %1 pages); stopped to avoid an endless loop.</source>
        <translation>El servicio envió un enlace a la página siguiente que ya había enviado (tras %1 páginas); se detuvo para evitar un bucle sin fin.</translation>
    </message>
</context>
<context>
    <name>acrnet::ArmOperationJob</name>
    <message>
        <source>Stopped waiting. The change may still complete in Azure: refresh to see its state.</source>
        <translation>Se ha dejado de esperar. El cambio aún puede completarse en Azure: actualice para ver su estado.</translation>
    </message>
    <message>
        <source>The service accepted the request (202) but gave no URL to follow its progress.</source>
        <translation>El servicio aceptó la solicitud (202) pero no dio ninguna URL para seguir su progreso.</translation>
    </message>
    <message>
        <source>The resource is in the Failed state.</source>
        <translation>El recurso está en estado Failed (con errores).</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message numerus="yes">
        <source>The operation did not finish within %n minute(s).</source>
        <translation>
            <numerusform>La operación no terminó en %n minuto.</numerusform>
            <numerusform>La operación no terminó en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation status has no &apos;status&apos;.</source>
        <translation>El estado de la operación no tiene &apos;status&apos;.</translation>
    </message>
    <message>
        <source>The operation ended with status %1.</source>
        <translation>La operación terminó con el estado %1.</translation>
    </message>
    <message>
        <source>InProgress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>The resource ended in the %1 state.</source>
        <translation>El recurso terminó en el estado %1.</translation>
    </message>
</context>
<context>
    <name>acrnet::ArmRequestJob</name>
    <message>
        <source>The link %1 does not point to %2, the management endpoint of this cloud.</source>
        <translation>El vínculo %1 no apunta a %2, el punto de conexión de administración de esta nube.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>sin certificado</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; (issued by &quot;%2&quot;) is not trusted: %3</source>
        <translation>El certificado &quot;%1&quot; (emitido por &quot;%2&quot;) no es de confianza: %3</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s; stopped waiting.</source>
        <translation>%1 no terminó de responder en %2 s; se dejó de esperar.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; stopped reading it.</source>
        <translation>La respuesta de %1 supera los %2 MiB; se dejó de leer.</translation>
    </message>
    <message>
        <source>The service asked to wait %1 s before trying again, longer than the %2 s this app waits; try again later.</source>
        <translation>El servicio pidió esperar %1 s antes de reintentar, más que los %2 s que espera esta aplicación; vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>acrnet::AuditEngine</name>
    <message>
        <source>Registry reachable from all networks</source>
        <translation>Registro accesible desde todas las redes</translation>
    </message>
    <message>
        <source>Public network access enabled</source>
        <translation>Acceso de red público habilitado</translation>
    </message>
    <message>
        <source>No approved private endpoint connection</source>
        <translation>Ninguna conexión de punto de conexión privado aprobada</translation>
    </message>
    <message>
        <source>SKU cannot restrict network access</source>
        <translation>La SKU no puede restringir el acceso de red</translation>
    </message>
    <message>
        <source>VNet rule to a subnet without the ACR service endpoint</source>
        <translation>Regla de VNet a una subred sin el punto de conexión de servicio de ACR</translation>
    </message>
    <message>
        <source>VNet rule to a subnet that no longer exists</source>
        <translation>Regla de VNet a una subred que ya no existe</translation>
    </message>
    <message>
        <source>VNet rule to a subnet that cannot be seen</source>
        <translation>Regla de VNet a una subred que no se puede ver</translation>
    </message>
    <message>
        <source>Rules present while the default action is Allow</source>
        <translation>Hay reglas pero la acción predeterminada es Allow</translation>
    </message>
    <message>
        <source>Rules present while public network access is disabled</source>
        <translation>Hay reglas pero el acceso de red público está deshabilitado</translation>
    </message>
    <message>
        <source>VNet rules together with private endpoint connections</source>
        <translation>Reglas de VNet junto con conexiones de punto de conexión privado</translation>
    </message>
    <message>
        <source>Resource provider not registered in a rule&apos;s subnet subscription</source>
        <translation>Proveedor de recursos no registrado en la suscripción de la subred de una regla</translation>
    </message>
    <message>
        <source>IP rule too broad</source>
        <translation>Regla de IP demasiado amplia</translation>
    </message>
    <message>
        <source>IP rule with a private range</source>
        <translation>Regla de IP con un intervalo privado</translation>
    </message>
    <message>
        <source>Duplicate or overlapping IP rules</source>
        <translation>Reglas de IP duplicadas o solapadas</translation>
    </message>
    <message>
        <source>Rule count near the limit</source>
        <translation>Número de reglas cerca del límite</translation>
    </message>
    <message>
        <source>Legacy service-endpoint rules in use</source>
        <translation>Reglas de punto de conexión de servicio heredadas en uso</translation>
    </message>
    <message>
        <source>Service-endpoint rules in a cloud that does not support them</source>
        <translation>Reglas de punto de conexión de servicio en una nube que no las admite</translation>
    </message>
    <message>
        <source>defaultAction: %1, publicNetworkAccess: %2</source>
        <translation>defaultAction: %1, publicNetworkAccess: %2</translation>
    </message>
    <message>
        <source>Anyone on the internet who has credentials can reach %1: the default action is Allow and public access is on.</source>
        <translation>Cualquiera en Internet con credenciales puede llegar a %1: la acción predeterminada es Allow y el acceso público está activado.</translation>
    </message>
    <message>
        <source>The registry has a public endpoint; rules decide who gets through it.</source>
        <translation>El registro tiene un punto de conexión público; las reglas deciden quién pasa por él.</translation>
    </message>
    <message>
        <source>No approved private endpoint connection: all traffic uses the public endpoint.</source>
        <translation>Ninguna conexión de punto de conexión privado aprobada: todo el tráfico usa el punto de conexión público.</translation>
    </message>
    <message>
        <source>privateEndpointConnections: %1</source>
        <translation>privateEndpointConnections: %1</translation>
    </message>
    <message>
        <source>%1 is %2: network rules and private endpoints need Premium, so it is open to all networks.</source>
        <translation>%1 es %2: las reglas de red y los puntos de conexión privados requieren Premium, así que está abierto a todas las redes.</translation>
    </message>
    <message>
        <source>sku: %1</source>
        <translation>sku: %1</translation>
    </message>
    <message>
        <source>%1 has rules but the default action is Allow: everyone gets in anyway, the rules have no effect.</source>
        <translation>%1 tiene reglas pero la acción predeterminada es Allow: todos entran igualmente, las reglas no tienen efecto.</translation>
    </message>
    <message numerus="yes">
        <source>%n VNet rule(s)</source>
        <translation>
            <numerusform>%n regla de VNet</numerusform>
            <numerusform>%n reglas de VNet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP rule(s)</source>
        <translation>
            <numerusform>%n regla de IP</numerusform>
            <numerusform>%n reglas de IP</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has rules but public network access is disabled: the rules have no effect.</source>
        <translation>%1 tiene reglas pero el acceso de red público está deshabilitado: las reglas no tienen efecto.</translation>
    </message>
    <message>
        <source>Service-endpoint rules and private endpoints cannot be combined on one registry; the rules will block further changes.</source>
        <translation>Las reglas de punto de conexión de servicio y los puntos de conexión privados no se pueden combinar en un registro; las reglas bloquearán cambios posteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n private endpoint connection(s)</source>
        <translation>
            <numerusform>%n conexión de punto de conexión privado</numerusform>
            <numerusform>%n conexiones de punto de conexión privado</numerusform>
        </translation>
    </message>
    <message>
        <source>Registry service endpoints are a preview feature Microsoft no longer develops; private endpoints are the recommended design.</source>
        <translation>Los puntos de conexión de servicio de registro son una característica en versión preliminar que Microsoft ya no desarrolla; los puntos de conexión privados son el diseño recomendado.</translation>
    </message>
    <message>
        <source>%1 does not support registry service endpoints: these rules cannot work.</source>
        <translation>%1 no admite puntos de conexión de servicio de registro: estas reglas no pueden funcionar.</translation>
    </message>
    <message>
        <source>cloud: %1</source>
        <translation>nube: %1</translation>
    </message>
    <message>
        <source>The registry is close to its rule limit.</source>
        <translation>El registro está cerca de su límite de reglas.</translation>
    </message>
    <message>
        <source>%1 of %2 VNet rules</source>
        <translation>%1 de %2 reglas de VNet</translation>
    </message>
    <message>
        <source>%1 of 200 IP rules</source>
        <translation>%1 de 200 reglas de IP</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>regla: %1</translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is not registered in %1, where the rule&apos;s subnet lives: the service drops such rules.</source>
        <translation>Microsoft.ContainerRegistry no está registrado en %1, donde está la subred de la regla: el servicio descarta esas reglas.</translation>
    </message>
    <message>
        <source>registrationState: %1</source>
        <translation>registrationState: %1</translation>
    </message>
    <message>
        <source>The rule points at %1, which does not exist any more: it grants nothing and hides a mistake.</source>
        <translation>La regla apunta a %1, que ya no existe: no concede nada y oculta un error.</translation>
    </message>
    <message>
        <source>subscription %1 is loaded; no such subnet</source>
        <translation>la suscripción %1 está cargada; no existe esa subred</translation>
    </message>
    <message>
        <source>%1 has no Microsoft.ContainerRegistry service endpoint: the rule grants nothing, and pulls from that subnet are denied.</source>
        <translation>%1 no tiene punto de conexión de servicio Microsoft.ContainerRegistry: la regla no concede nada y las extracciones desde esa subred se deniegan.</translation>
    </message>
    <message>
        <source>serviceEndpoints of the subnet: %1</source>
        <translation>serviceEndpoints de la subred: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) point at subnets in subscriptions this account cannot see (or that are not selected): whether they exist, have the endpoint and the provider cannot be checked. That is different from a subnet that was deleted.</source>
        <translation>
            <numerusform>%n regla apunta a subredes de suscripciones que esta cuenta no ve (o que no están seleccionadas): no se puede comprobar si existen, si tienen el punto de conexión ni el proveedor. No es lo mismo que una subred eliminada.</numerusform>
            <numerusform>%n reglas apuntan a subredes de suscripciones que esta cuenta no ve (o que no están seleccionadas): no se puede comprobar si existen, si tienen el punto de conexión ni el proveedor. No es lo mismo que una subred eliminada.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 allows %2 addresses — far more than a team&apos;s egress.</source>
        <translation>%1 permite %2 direcciones — mucho más que la salida de un equipo.</translation>
    </message>
    <message>
        <source>ipRule: %1</source>
        <translation>ipRule: %1</translation>
    </message>
    <message>
        <source>%1 is a private range: the public endpoint never sees such source addresses, so this rule matches nothing.</source>
        <translation>%1 es un intervalo privado: el punto de conexión público nunca ve esas direcciones de origen, así que la regla no coincide con nada.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The Microsoft.ContainerRegistry endpoint of %1 is %2, not Succeeded: until it succeeds the rule grants nothing, and pulls from that subnet are denied.</source>
        <translation>El punto de conexión Microsoft.ContainerRegistry de %1 está en %2, no en Succeeded: hasta que termine bien, la regla no concede nada y las descargas desde esa subred se deniegan.</translation>
    </message>
    <message>
        <source>virtualNetworkRule: %1</source>
        <translation>virtualNetworkRule: %1</translation>
    </message>
    <message>
        <source>The registry has a public endpoint, and its design needs it: service-endpoint (VNet) rules and IP rules act only on the public endpoint, so disabling it would also block what they allow. The rules decide who gets through; to close the public endpoint, move to private endpoints first.</source>
        <translation>El registro tiene un punto de conexión público, y su diseño lo necesita: las reglas de punto de conexión de servicio (VNet) y las reglas IP solo actúan sobre el punto de conexión público, así que deshabilitarlo bloquearía también lo que permiten. Las reglas deciden quién pasa; para cerrar el punto de conexión público, pase antes a puntos de conexión privados.</translation>
    </message>
    <message>
        <source>%1 are the same range: all but one are redundant.</source>
        <translation>%1 son el mismo intervalo: todos menos uno sobran.</translation>
    </message>
    <message>
        <source>%1 overlap: the wider ones make the others redundant.</source>
        <translation>%1 se solapan: los más amplios hacen redundantes a los demás.</translation>
    </message>
    <message>
        <source>ipRules: %1</source>
        <translation>ipRules: %1</translation>
    </message>
    <message>
        <source>VNet rule to a subnet whose hosts cannot use a service endpoint</source>
        <translation>Regla de VNet a una subred cuyos hosts no pueden usar un punto de conexión de servicio</translation>
    </message>
    <message>
        <source>delegations of the subnet: %1</source>
        <translation>delegaciones de la subred: %1</translation>
    </message>
    <message>
        <source>serviceAssociationLinks of the subnet: %1</source>
        <translation>serviceAssociationLinks de la subred: %1</translation>
    </message>
    <message>
        <source>Give %1 access another way: a private endpoint, or an IP rule for the public address its traffic leaves from (a NAT gateway&apos;s).</source>
        <translation>Dé acceso a %1 de otra forma: un punto de conexión privado, o una regla de IP para la dirección pública por la que sale su tráfico (la de una puerta de enlace NAT).</translation>
    </message>
</context>
<context>
    <name>acrnet::AuditPane</name>
    <message>
        <source>Export the audit</source>
        <translation>Exportar la auditoría</translation>
    </message>
    <message>
        <source>HTML report (*.html);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Informe HTML (*.html);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravedad mínima</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <source>Medium and high</source>
        <translation>Media y alta</translation>
    </message>
    <message>
        <source>High only</source>
        <translation>Solo alta</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Findings and the access matrix as an HTML report, CSV or JSON</source>
        <translation>Los hallazgos y la matriz de acceso como informe HTML, CSV o JSON</translation>
    </message>
    <message>
        <source>Audit exported to %1.</source>
        <translation>Auditoría exportada a %1.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Detalles del hallazgo</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Filter subnets</source>
        <translation>Filtrar subredes</translation>
    </message>
    <message>
        <source>Filter registries</source>
        <translation>Filtrar registros</translation>
    </message>
    <message>
        <source>Access matrix</source>
        <translation>Matriz de acceso</translation>
    </message>
    <message>
        <source>Select a cell to see why.</source>
        <translation>Seleccione una celda para ver por qué.</translation>
    </message>
    <message>
        <source>%1 → %2: %3.
%4</source>
        <translation>%1 → %2: %3.
%4</translation>
    </message>
    <message>
        <source>%1 high · %2 medium · %3 low</source>
        <translation>%1 altas · %2 medias · %3 bajas</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>Azure Policy built-in: %1</source>
        <translation>Directiva integrada de Azure Policy: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Equivalent Azure CLI commands:</source>
        <translation>Comandos equivalentes de la CLI de Azure:</translation>
    </message>
    <message>
        <source>Group findings by</source>
        <translation>Agrupar hallazgos por</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <source>Group by registry</source>
        <translation>Agrupar por registro</translation>
    </message>
    <message>
        <source>Group by subscription</source>
        <translation>Agrupar por suscripción</translation>
    </message>
    <message>
        <source>Findings by group</source>
        <translation>Hallazgos por grupo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n finding(s))</source>
        <translation>
            <numerusform>%1 (%n hallazgo)</numerusform>
            <numerusform>%1 (%n hallazgos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export matrix…</source>
        <translation>Exportar matriz…</translation>
    </message>
    <message>
        <source>The whole matrix as CSV: a row per subnet, a column per registry</source>
        <translation>La matriz completa como CSV: una fila por subred, una columna por registro</translation>
    </message>
    <message>
        <source>Access matrix exported to %1.</source>
        <translation>Matriz de acceso exportada a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: covers %1 of %2 subscriptions; %n could not be read, and their findings are missing or from an earlier load.</source>
        <translation>
            <numerusform>Incompleto: cubre %1 de %2 suscripciones; %n no se pudo leer, y sus hallazgos faltan o son de una carga anterior.</numerusform>
            <numerusform>Incompleto: cubre %1 de %2 suscripciones; %n no se pudieron leer, y sus hallazgos faltan o son de una carga anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The subscriptions of %n account(s) or tenant(s) could not be listed.</source>
        <translation>
            <numerusform>No se pudieron enumerar las suscripciones de %n cuenta o inquilino.</numerusform>
            <numerusform>No se pudieron enumerar las suscripciones de %n cuentas o inquilinos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry in the bar above.</source>
        <translation>Reintente desde la barra de arriba.</translation>
    </message>
    <message>
        <source>Incomplete.</source>
        <translation>Incompleto.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) were read only in part: what could not be read is left out.</source>
        <translation>
            <numerusform>%n suscripción se leyó solo en parte: lo que no se pudo leer queda fuera.</numerusform>
            <numerusform>%n suscripciones se leyeron solo en parte: lo que no se pudo leer queda fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show accepted</source>
        <translation>Mostrar aceptados</translation>
    </message>
    <message>
        <source>Accepted findings are hidden from the list and the counts; show them greyed</source>
        <translation>Los hallazgos aceptados no aparecen en la lista ni en los recuentos; mostrarlos en gris</translation>
    </message>
    <message>
        <source>Export accepted…</source>
        <translation>Exportar aceptados…</translation>
    </message>
    <message>
        <source>The accepted findings as JSON, for acr-netadmin audit --suppressions in a pipeline</source>
        <translation>Los hallazgos aceptados en JSON, para acr-netadmin audit --suppressions en una canalización</translation>
    </message>
    <message>
        <source>Accepted findings exported to %1.</source>
        <translation>Hallazgos aceptados exportados a %1.</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <source>%1 on %2 accepted: %3</source>
        <translation>%1 en %2 aceptado: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is no longer accepted.</source>
        <translation>%1 en %2 ya no está aceptado.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Count this finding again</source>
        <translation>Volver a contar este hallazgo</translation>
    </message>
    <message>
        <source>Accept this finding with a reason (and an expiry): it is shown apart, exported with the reason and does not fail --fail-on</source>
        <translation>Aceptar este hallazgo con un motivo (y una caducidad): se muestra aparte, se exporta con el motivo y no hace fallar --fail-on</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptado</numerusform>
            <numerusform>%n aceptados</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: %1 (%2)</source>
        <translation>Aceptado: %1 (%2)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin caducidad</translation>
    </message>
    <message>
        <source>Legend: ✓ rule — allowed by a rule · ⚠ open — allowed because the registry is open · ✖ no effect — a rule exists but grants nothing · (i) depends — allowed only if the subnet&apos;s public egress address is in the IP rules (the cell says which) · denied — blocked</source>
        <translation>Leyenda: ✓ regla — permitido por una regla · ⚠ abierto — permitido porque el registro está abierto · ✖ sin efecto — hay una regla pero no concede nada · (i) depende — permitido solo si la dirección pública de salida de la subred está en las reglas IP (la celda dice cuáles) · denegado — bloqueado</translation>
    </message>
    <message>
        <source>Read-only mode: no changes can be made.</source>
        <translation>Modo de solo lectura: no se puede cambiar nada.</translation>
    </message>
</context>
<context>
    <name>acrnet::AuditReport</name>
    <message>
        <source>Registry network access audit</source>
        <translation>Auditoría del acceso de red a los registros</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Ámbito: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Generado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <translation>
            <numerusform>%n alta</numerusform>
            <numerusform>%n altas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n media</numerusform>
            <numerusform>%n medias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n baja</numerusform>
            <numerusform>%n bajas</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Azure Policy</source>
        <translation>Azure Policy</translation>
    </message>
    <message>
        <source>Access matrix (subnets × registries)</source>
        <translation>Matriz de acceso (subredes × registros)</translation>
    </message>
    <message>
        <source>Too large for a report (%1 × %2); use the JSON export or the app&apos;s matrix view.</source>
        <translation>Demasiado grande para un informe (%1 × %2); use la exportación JSON o la vista de matriz de la aplicación.</translation>
    </message>
    <message>
        <source>rule = allowed by a rule · open = allowed, open to all networks · denied · ineffective = a rule exists but grants nothing</source>
        <translation>regla = permitido por una regla · abierto = permitido, abierto a todas las redes · denegado · sin efecto = hay una regla pero no concede nada</translation>
    </message>
    <message>
        <source>unexpected CSV header</source>
        <translation>encabezado CSV inesperado</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>la cuenta %1</translation>
    </message>
    <message>
        <source>incomplete: %1 was not read completely: %2</source>
        <translation>incompleto: %1 no se pudo leer entera: %2</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n part(s) could not be read, and their findings are missing</source>
        <translation>
            <numerusform>Incompleto: %n parte no se pudo leer y faltan sus hallazgos</numerusform>
            <numerusform>Incompleto: %n partes no se pudieron leer y faltan sus hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <source>a row has %1 fields instead of %2</source>
        <translation>una fila tiene %1 campos en lugar de %2</translation>
    </message>
    <message>
        <source>Accepted findings (%1)</source>
        <translation>Hallazgos aceptados (%1)</translation>
    </message>
    <message>
        <source>Accepted because</source>
        <translation>Aceptado porque</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin caducidad</translation>
    </message>
</context>
<context>
    <name>acrnet::AzureCliCredential</name>
    <message>
        <source>The Azure CLI printed no access token.</source>
        <translation>La CLI de Azure no mostró ningún token de acceso.</translation>
    </message>
</context>
<context>
    <name>acrnet::AzureTerms</name>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Creando</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>Registrando</translation>
    </message>
    <message>
        <source>Unregistering</source>
        <translation>Anulando el registro</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Con advertencia</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>Azure&apos;s value: %1</source>
        <translation>Valor de Azure: %1</translation>
    </message>
</context>
<context>
    <name>acrnet::CaptureGuide</name>
    <message>
        <source>Restricting access to an Azure container registry to a virtual network — step by step</source>
        <translation>Restringir el acceso a un registro de contenedores de Azure a una red virtual, paso a paso</translation>
    </message>
    <message>
        <source>Register the resource provider</source>
        <translation>Registrar el proveedor de recursos</translation>
    </message>
    <message>
        <source>Right-click the subscription that holds the virtual network (Training networking) and choose Register Microsoft.ContainerRegistry.</source>
        <translation>Haga clic con el botón derecho en la suscripción que contiene la red virtual (Training networking) y elija Registrar Microsoft.ContainerRegistry.</translation>
    </message>
    <message>
        <source>A registry&apos;s network rule can point at a subnet of another subscription only when Microsoft.ContainerRegistry is registered in that subscription; otherwise Azure drops the rule without a word. Registration takes a few minutes; the tree shows its state.</source>
        <translation>Una regla de red de un registro puede apuntar a una subred de otra suscripción solo si Microsoft.ContainerRegistry está registrado en esa suscripción; si no, Azure descarta la regla sin avisar. El registro tarda unos minutos; el árbol muestra su estado.</translation>
    </message>
    <message>
        <source>The main window with the Training networking subscription outlined; its state reads provider not registered.</source>
        <translation>La ventana principal con la suscripción Training networking resaltada; su estado indica que el proveedor no está registrado.</translation>
    </message>
    <message>
        <source>See the virtual networks and subnets</source>
        <translation>Ver las redes virtuales y las subredes</translation>
    </message>
    <message>
        <source>Select the Training subscription and open the Subnets tab.</source>
        <translation>Seleccione la suscripción Training y abra la pestaña Subredes.</translation>
    </message>
    <message>
        <source>The tree and the tables list every virtual network and subnet the signed-in accounts can read, across subscriptions, with each subnet&apos;s address range and whether it has the Microsoft.ContainerRegistry service endpoint.</source>
        <translation>El árbol y las tablas muestran todas las redes virtuales y subredes que pueden leer las cuentas con sesión iniciada, en todas las suscripciones, con el intervalo de direcciones de cada subred y si tiene el punto de conexión de servicio Microsoft.ContainerRegistry.</translation>
    </message>
    <message>
        <source>The Subnets tab, outlined, lists myDockerVMSubnet and myOtherSubnet without the service endpoint.</source>
        <translation>La pestaña Subredes, resaltada, muestra myDockerVMSubnet y myOtherSubnet sin el punto de conexión de servicio.</translation>
    </message>
    <message>
        <source>Enable the service endpoint on the subnet</source>
        <translation>Habilitar el punto de conexión de servicio en la subred</translation>
    </message>
    <message>
        <source>Traffic from the subnet reaches the registry through the subnet&apos;s Microsoft.ContainerRegistry service endpoint. The dialog keeps the subnet&apos;s other endpoints. Only virtual machines and AKS clusters can use it (not a subnet delegated to a service), and it takes a few minutes to take effect.</source>
        <translation>El tráfico de la subred llega al registro a través del punto de conexión de servicio Microsoft.ContainerRegistry de la subred. El diálogo conserva los demás puntos de conexión de la subred. Solo las máquinas virtuales y los clústeres de AKS pueden usarlo (no una subred delegada a un servicio), y tarda unos minutos en surtir efecto.</translation>
    </message>
    <message>
        <source>The service endpoint dialog for myDockerVMSubnet with its Apply button outlined.</source>
        <translation>El diálogo del punto de conexión de servicio de myDockerVMSubnet con el botón Aplicar resaltado.</translation>
    </message>
    <message>
        <source>Copy the subnet&apos;s resource ID</source>
        <translation>Copiar el ID de recurso de la subred</translation>
    </message>
    <message>
        <source>Select myDockerVMSubnet: the details pane shows its resource ID. Click Copy.</source>
        <translation>Seleccione myDockerVMSubnet: el panel de detalles muestra su ID de recurso. Haga clic en Copiar.</translation>
    </message>
    <message>
        <source>A network rule names the subnet by its full resource ID. The app fills it in for you in the next steps; it is here when a script needs it.</source>
        <translation>Una regla de red nombra la subred por su ID de recurso completo. La aplicación lo rellena por usted en los pasos siguientes; aquí está cuando lo necesita un script.</translation>
    </message>
    <message>
        <source>The details pane of myDockerVMSubnet with the Copy button outlined.</source>
        <translation>El panel de detalles de myDockerVMSubnet con el botón Copiar resaltado.</translation>
    </message>
    <message>
        <source>Deny access by default</source>
        <translation>Denegar el acceso de forma predeterminada</translation>
    </message>
    <message>
        <source>Right-click mycontainerregistry, choose Edit network rules…, and set Default action to Deny.</source>
        <translation>Haga clic con el botón derecho en mycontainerregistry, elija Editar reglas de red… y ponga la acción predeterminada en Denegar.</translation>
    </message>
    <message>
        <source>With Deny, only the networks the rules allow can reach the registry. Network rules need the Premium SKU. The sentence at the top says who can reach the registry after the change.</source>
        <translation>Con Denegar, solo las redes que permiten las reglas pueden llegar al registro. Las reglas de red requieren la SKU Premium. La frase de arriba dice quién podrá llegar al registro después del cambio.</translation>
    </message>
    <message>
        <source>The network rules editor of mycontainerregistry with the default action outlined.</source>
        <translation>El editor de reglas de red de mycontainerregistry con la acción predeterminada resaltada.</translation>
    </message>
    <message>
        <source>Add the network rule for the subnet</source>
        <translation>Agregar la regla de red de la subred</translation>
    </message>
    <message>
        <source>A registry takes at most 100 virtual network rules, and cannot use service-endpoint rules and private endpoints at the same time. The change takes a few minutes to take effect.</source>
        <translation>Un registro admite como máximo 100 reglas de red virtual y no puede usar a la vez reglas de punto de conexión de servicio y puntos de conexión privados. El cambio tarda unos minutos en surtir efecto.</translation>
    </message>
    <message>
        <source>The review page: the changes, the Azure CLI commands and the request the app sends, with Apply outlined.</source>
        <translation>La página de revisión: los cambios, los comandos de la CLI de Azure y la solicitud que envía la aplicación, con Aplicar resaltado.</translation>
    </message>
    <message>
        <source>Check access from the virtual machines</source>
        <translation>Comprobar el acceso desde las máquinas virtuales</translation>
    </message>
    <message>
        <source>Right-click mycontainerregistry, choose Check access from a VM…, then click Run check.</source>
        <translation>Haga clic con el botón derecho en mycontainerregistry, elija Comprobar el acceso desde una VM… y haga clic en Ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>From the subnet with the rule, docker pull reaches the registry and asks for credentials (401); from any other network the registry answers 403 Forbidden. The app runs the check on each VM with Run Command.</source>
        <translation>Desde la subred con la regla, docker pull llega al registro y pide credenciales (401); desde cualquier otra red el registro responde 403 Forbidden. La aplicación ejecuta la comprobación en cada VM con Run Command.</translation>
    </message>
    <message>
        <source>The check from the VMs: myDockerVM reaches the registry (401), myOtherHost is refused (403).</source>
        <translation>La comprobación desde las VM: myDockerVM llega al registro (401), a myOtherHost se le deniega (403).</translation>
    </message>
    <message>
        <source>List the registry&apos;s network rules</source>
        <translation>Ver las reglas de red del registro</translation>
    </message>
    <message>
        <source>Select mycontainerregistry: the Registries table and the details pane show its rules.</source>
        <translation>Seleccione mycontainerregistry: la tabla Registros y el panel de detalles muestran sus reglas.</translation>
    </message>
    <message>
        <source>Every registry&apos;s default action and rules are in the table, so a wrong rule is seen at a glance.</source>
        <translation>La acción predeterminada y las reglas de cada registro están en la tabla, así que una regla equivocada se ve de un vistazo.</translation>
    </message>
    <message>
        <source>The Registries table with mycontainerregistry outlined: default action Deny, one VNet rule.</source>
        <translation>La tabla Registros con mycontainerregistry resaltado: acción predeterminada Denegar, una regla de VNet.</translation>
    </message>
    <message>
        <source>Remove the network rule</source>
        <translation>Quitar la regla de red</translation>
    </message>
    <message>
        <source>The subnet loses access to the registry; the review page says who loses it before anything is sent.</source>
        <translation>La subred pierde el acceso al registro; la página de revisión dice quién lo pierde antes de enviar nada.</translation>
    </message>
    <message>
        <source>The network rules editor with the rule selected and the Remove button outlined.</source>
        <translation>El editor de reglas de red con la regla seleccionada y el botón Quitar resaltado.</translation>
    </message>
    <message>
        <source>Restore open access</source>
        <translation>Restaurar el acceso abierto</translation>
    </message>
    <message>
        <source>One guided change removes every rule and sets the default action back to Allow: every network can reach the registry again.</source>
        <translation>Un solo cambio guiado quita todas las reglas y vuelve a poner la acción predeterminada en Permitir: todas las redes vuelven a llegar al registro.</translation>
    </message>
    <message>
        <source>The network rules editor with the Restore open access button outlined.</source>
        <translation>El editor de reglas de red con el botón Restaurar el acceso abierto resaltado.</translation>
    </message>
    <message>
        <source>Delete the resource group</source>
        <translation>Eliminar el grupo de recursos</translation>
    </message>
    <message>
        <source>Right-click myResourceGroup, choose Delete resource group…, type its name to confirm, then click Delete.</source>
        <translation>Haga clic con el botón derecho en myResourceGroup, elija Eliminar grupo de recursos…, escriba su nombre para confirmar y haga clic en Eliminar.</translation>
    </message>
    <message>
        <source>Deleting the group deletes everything in it — the registry, the virtual machines, the networks. The name must be typed to confirm; the deletion runs in the background and takes minutes.</source>
        <translation>Eliminar el grupo elimina todo lo que contiene: el registro, las máquinas virtuales, las redes. Hay que escribir el nombre para confirmar; la eliminación se ejecuta en segundo plano y tarda minutos.</translation>
    </message>
    <message>
        <source>The delete dialog with the group&apos;s name typed and the Delete button outlined.</source>
        <translation>El diálogo de eliminación con el nombre del grupo escrito y el botón Eliminar resaltado.</translation>
    </message>
    <message>
        <source>Refused: network rules on a Basic registry</source>
        <translation>Rechazado: reglas de red en un registro Basic</translation>
    </message>
    <message>
        <source>Choose Edit network rules… on mybasicregistry.</source>
        <translation>Elija Editar reglas de red… en mybasicregistry.</translation>
    </message>
    <message>
        <source>Network rules need the Premium SKU: the editor says so and offers nothing to change.</source>
        <translation>Las reglas de red requieren la SKU Premium: el editor lo dice y no ofrece nada que cambiar.</translation>
    </message>
    <message>
        <source>The network rules editor of mybasicregistry, refusing: network rules need the Premium SKU.</source>
        <translation>El editor de reglas de red de mybasicregistry, rechazando: las reglas de red requieren la SKU Premium.</translation>
    </message>
    <message>
        <source>Refused: an address range that does not exist</source>
        <translation>Rechazado: un intervalo de direcciones que no existe</translation>
    </message>
    <message>
        <source>Type 10.0.0.0/33 in the IP rule field and click Add.</source>
        <translation>Escriba 10.0.0.0/33 en el campo de regla de IP y haga clic en Agregar.</translation>
    </message>
    <message>
        <source>An IPv4 prefix cannot be longer than /32: the editor says what is wrong and adds nothing.</source>
        <translation>Un prefijo IPv4 no puede ser más largo que /32: el editor dice qué está mal y no agrega nada.</translation>
    </message>
    <message>
        <source>The IP rule field with 10.0.0.0/33 and the editor&apos;s message, outlined.</source>
        <translation>El campo de regla de IP con 10.0.0.0/33 y el mensaje del editor, resaltados.</translation>
    </message>
    <message>
        <source>Refused: a pull from outside the network</source>
        <translation>Rechazado: una descarga desde fuera de la red</translation>
    </message>
    <message>
        <source>With the default action Deny and no rule for it, the registry refuses that address (403 Forbidden), as docker pull sees it.</source>
        <translation>Con la acción predeterminada Denegar y sin regla para ella, el registro rechaza esa dirección (403 Forbidden), tal como lo ve docker pull.</translation>
    </message>
    <message>
        <source>The details pane&apos;s what-if for an outside address, outlined: refused.</source>
        <translation>La simulación del panel de detalles para una dirección externa, resaltada: rechazada.</translation>
    </message>
    <message>
        <source>What to click:</source>
        <translation>Dónde hacer clic:</translation>
    </message>
    <message>
        <source>What it does and why:</source>
        <translation>Qué hace y por qué:</translation>
    </message>
    <message>
        <source>With the Azure CLI:</source>
        <translation>Con la CLI de Azure:</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the guide&apos;s HTML language code</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>Right-click myDockerVMSubnet, choose Enable ACR service endpoint…, then click Apply.</source>
        <translation>Haga clic con el botón derecho en myDockerVMSubnet, elija Habilitar el punto de conexión de servicio de ACR… y haga clic en Aplicar.</translation>
    </message>
    <message>
        <source>Click Add subnets…, pick myDockerVMSubnet, click Review and apply…, check the changes and the commands, then click Apply.</source>
        <translation>Haga clic en Agregar subredes…, elija myDockerVMSubnet, haga clic en Revisar y aplicar…, compruebe los cambios y los comandos y haga clic en Aplicar.</translation>
    </message>
    <message>
        <source>In Edit network rules…, select the rule for myDockerVMSubnet, click Remove, then Review and apply… and Apply.</source>
        <translation>En Editar reglas de red…, seleccione la regla de myDockerVMSubnet, haga clic en Quitar y después en Revisar y aplicar… y Aplicar.</translation>
    </message>
    <message>
        <source>In Edit network rules…, click Restore open access…, then Review and apply… and Apply.</source>
        <translation>En Editar reglas de red…, haga clic en Restaurar el acceso abierto… y después en Revisar y aplicar… y Aplicar.</translation>
    </message>
    <message>
        <source>Select mycontainerregistry and type the address of a machine outside the network in the What if from field.</source>
        <translation>Seleccione mycontainerregistry y escriba la dirección de una máquina de fuera de la red en el campo Qué pasaría desde.</translation>
    </message>
    <message>
        <source>Who can reach your container registries — a read-only tour of your estate</source>
        <translation>Quién puede llegar a sus registros de contenedores: un recorrido de solo lectura por su entorno</translation>
    </message>
    <message>
        <source>Your subscriptions, networks and registries</source>
        <translation>Sus suscripciones, redes y registros</translation>
    </message>
    <message>
        <source>Select a subscription in the tree.</source>
        <translation>Seleccione una suscripción en el árbol.</translation>
    </message>
    <message>
        <source>The tree lists every subscription the signed-in account can read, with its virtual networks, subnets and registries; the Registries tab gives each registry&apos;s SKU, default action and rules. This capture ran read-only: it changed nothing in Azure.</source>
        <translation>El árbol muestra cada suscripción que la cuenta con sesión iniciada puede leer, con sus redes virtuales, subredes y registros; la pestaña Registros da el SKU, la acción predeterminada y las reglas de cada registro. Esta captura se hizo en modo de solo lectura: no cambió nada en Azure.</translation>
    </message>
    <message>
        <source>The main window on the estate, with the first subscription selected in the tree and outlined.</source>
        <translation>La ventana principal sobre el entorno, con la primera suscripción seleccionada en el árbol y resaltada.</translation>
    </message>
    <message>
        <source>Virtual networks and subnets</source>
        <translation>Redes virtuales y subredes</translation>
    </message>
    <message>
        <source>Open the Subnets tab.</source>
        <translation>Abra la pestaña Subredes.</translation>
    </message>
    <message>
        <source>Each subnet with its address range and whether it has the Microsoft.ContainerRegistry service endpoint, which a registry&apos;s network rule for that subnet needs.</source>
        <translation>Cada subred con su intervalo de direcciones y si tiene el punto de conexión de servicio Microsoft.ContainerRegistry, que necesita la regla de red de un registro para esa subred.</translation>
    </message>
    <message>
        <source>The Subnets tab, outlined, listing the selected subscription&apos;s subnets.</source>
        <translation>La pestaña Subredes, resaltada, con las subredes de la suscripción seleccionada.</translation>
    </message>
    <message>
        <source>The audit&apos;s findings</source>
        <translation>Los hallazgos de la auditoría</translation>
    </message>
    <message>
        <source>Open the Findings tab.</source>
        <translation>Abra la pestaña Hallazgos.</translation>
    </message>
    <message>
        <source>The audit reads every registry&apos;s network rules and says who can reach it: open to the internet, rules for subnets without the endpoint, rules Azure dropped because the provider is not registered. What could not be read is listed as such, never counted as a pass.</source>
        <translation>La auditoría lee las reglas de red de cada registro y dice quién puede llegar a él: abierto a internet, reglas para subredes sin el punto de conexión, reglas que Azure descartó porque el proveedor no está registrado. Lo que no se pudo leer aparece como tal, nunca se cuenta como aprobado.</translation>
    </message>
    <message>
        <source>The Findings tab, outlined.</source>
        <translation>La pestaña Hallazgos, resaltada.</translation>
    </message>
    <message>
        <source>A registry&apos;s network rules</source>
        <translation>Las reglas de red de un registro</translation>
    </message>
    <message>
        <source>Right-click a Premium registry and choose Edit network rules…</source>
        <translation>Haga clic con el botón derecho en un registro Premium y elija Editar reglas de red…</translation>
    </message>
    <message>
        <source>The editor shows the default action, the subnet rules and the IP rules; network rules need the Premium SKU. In a read-only capture Apply is disabled: nothing is sent.</source>
        <translation>El editor muestra la acción predeterminada, las reglas de subred y las reglas de IP; las reglas de red necesitan el SKU Premium. En una captura de solo lectura Aplicar está desactivado: no se envía nada.</translation>
    </message>
    <message>
        <source>The network rules editor of a Premium registry, its default action outlined.</source>
        <translation>El editor de reglas de red de un registro Premium, con su acción predeterminada resaltada.</translation>
    </message>
    <message>
        <source>Review a change before it is sent</source>
        <translation>Revisar un cambio antes de enviarlo</translation>
    </message>
    <message>
        <source>Change the default action and click Review.</source>
        <translation>Cambie la acción predeterminada y haga clic en Revisar.</translation>
    </message>
    <message>
        <source>The review page shows who would lose access, the equivalent az commands and the exact ARM request. Applied, a change takes a few minutes to take effect; here Apply stays disabled.</source>
        <translation>La página de revisión muestra quién perdería el acceso, los comandos az equivalentes y la solicitud ARM exacta. Una vez aplicado, un cambio tarda unos minutos en surtir efecto; aquí Aplicar sigue desactivado.</translation>
    </message>
    <message>
        <source>The review page of the change with its az commands outlined; Apply is disabled.</source>
        <translation>La página de revisión del cambio con sus comandos az resaltados; Aplicar está desactivado.</translation>
    </message>
</context>
<context>
    <name>acrnet::ChangeService</name>
    <message>
        <source>Network rules of %1</source>
        <translation>Reglas de red de %1</translation>
    </message>
    <message>
        <source>Network rules of %1: %2</source>
        <translation>Reglas de red de %1: %2</translation>
    </message>
    <message>
        <source>Applied — it may take a few minutes to take effect.</source>
        <translation>Aplicado: puede tardar unos minutos en surtir efecto.</translation>
    </message>
    <message>
        <source>The service did not keep these rules: %1.</source>
        <translation>El servicio no conservó estas reglas: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>applied at %1 — may take a few minutes to take effect</source>
        <translation>aplicado a las %1 — puede tardar unos minutos en surtir efecto</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was sent.</source>
        <translation>%1: cancelado, no se envió nada.</translation>
    </message>
    <message>
        <source>%1: not applied: %2</source>
        <translation>%1: no se aplicó: %2</translation>
    </message>
    <message>
        <source>Nothing was sent: someone changed the registry after the editor opened.</source>
        <translation>No se envió nada: otra persona cambió el registro después de abrir el editor.</translation>
    </message>
    <message numerus="yes">
        <source>Enable the ACR endpoint on %n subnet(s)</source>
        <translation>
            <numerusform>Habilitar el punto de conexión de ACR en %n subred</numerusform>
            <numerusform>Habilitar el punto de conexión de ACR en %n subredes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable the ACR endpoint on %n subnet(s)</source>
        <translation>
            <numerusform>Deshabilitar el punto de conexión de ACR en %n subred</numerusform>
            <numerusform>Deshabilitar el punto de conexión de ACR en %n subredes</numerusform>
        </translation>
    </message>
    <message>
        <source>Subnet %1 of %2: %3</source>
        <translation>Subred %1 de %2: %3</translation>
    </message>
    <message>
        <source>Enable the ACR endpoint on %1</source>
        <translation>Habilitar el punto de conexión de ACR en %1</translation>
    </message>
    <message>
        <source>Disable the ACR endpoint on %1</source>
        <translation>Deshabilitar el punto de conexión de ACR en %1</translation>
    </message>
    <message>
        <source>(state unknown: re-check it)</source>
        <translation>(estado desconocido: vuelva a comprobarlo)</translation>
    </message>
    <message>
        <source>ACR endpoint: %1 changed, %2 already so, %3 failed.</source>
        <translation>Punto de conexión de ACR: %1 cambiadas, %2 ya estaban así, %3 fallaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n not started (cancelled).</source>
        <translation>
            <numerusform>%n sin empezar (cancelado).</numerusform>
            <numerusform>%n sin empezar (cancelados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete resource group %1</source>
        <translation>Eliminar el grupo de recursos %1</translation>
    </message>
    <message>
        <source>Deleting… this can take several minutes.</source>
        <translation>Eliminando… puede tardar varios minutos.</translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation>El servicio indica: %1</translation>
    </message>
    <message>
        <source>Resource group %1 was deleted.</source>
        <translation>Se eliminó el grupo de recursos %1.</translation>
    </message>
    <message>
        <source>Resource group %1 was not deleted: %2</source>
        <translation>No se eliminó el grupo de recursos %1: %2</translation>
    </message>
    <message>
        <source>Not registered: no signed-in account reaches subscription %1.</source>
        <translation>No registrado: ninguna cuenta con sesión iniciada llega a la suscripción %1.</translation>
    </message>
    <message>
        <source>Register Microsoft.ContainerRegistry in %1</source>
        <translation>Registrar Microsoft.ContainerRegistry en %1</translation>
    </message>
    <message>
        <source>Registering Microsoft.ContainerRegistry in %1…</source>
        <translation>Registrando Microsoft.ContainerRegistry en %1…</translation>
    </message>
    <message>
        <source>The provider is %1</source>
        <translation>El proveedor está %1</translation>
    </message>
    <message>
        <source>Registration failed: %1</source>
        <translation>El registro falló: %1</translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is registered in %1.</source>
        <translation>Microsoft.ContainerRegistry está registrado en %1.</translation>
    </message>
    <message>
        <source>Re-check at %1 could not read it: %2</source>
        <translation>La comprobación de las %1 no pudo leerlo: %2</translation>
    </message>
    <message>
        <source>Re-checked at %1: the change is there.</source>
        <translation>Comprobado de nuevo a las %1: el cambio está hecho.</translation>
    </message>
    <message>
        <source>Re-checked at %1: unchanged.</source>
        <translation>Comprobado de nuevo a las %1: sin cambios.</translation>
    </message>
    <message>
        <source>Re-checked at %1: neither as before nor as asked — someone else may have changed it; &quot;after&quot; now shows what is there.</source>
        <translation>Comprobado de nuevo a las %1: ni como antes ni como se pidió — puede que otra persona lo cambiara; &quot;después&quot; muestra ahora lo que hay.</translation>
    </message>
</context>
<context>
    <name>acrnet::CloudListModel</name>
    <message>
        <source>%1 — management endpoint %2</source>
        <translation>%1 — punto de conexión de administración %2</translation>
    </message>
    <message>
        <source>%1 — registry service endpoints are not available in this cloud</source>
        <translation>%1 — los puntos de conexión de servicio de registro no están disponibles en esta nube</translation>
    </message>
</context>
<context>
    <name>acrnet::DeleteGroupDialog</name>
    <message>
        <source>Delete resource group</source>
        <translation>Eliminar grupo de recursos</translation>
    </message>
    <message>
        <source>Deleting &lt;b&gt;%1&lt;/b&gt; deletes everything in it, for good: %2.&lt;br&gt;Type the group&apos;s name to confirm.</source>
        <translation>Eliminar &lt;b&gt;%1&lt;/b&gt; elimina todo lo que contiene, para siempre: %2.&lt;br&gt;Escriba el nombre del grupo para confirmar.</translation>
    </message>
    <message>
        <source>Resource group name</source>
        <translation>Nombre del grupo de recursos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Deleting %1… this can take several minutes.</source>
        <translation>Eliminando %1… puede tardar varios minutos.</translation>
    </message>
    <message>
        <source>Deleting %1… (%2)</source>
        <translation>Eliminando %1… (%2)</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No se eliminó: %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 se eliminó.</translation>
    </message>
    <message>
        <source>The account was signed out.</source>
        <translation>Se cerró la sesión de la cuenta.</translation>
    </message>
    <message>
        <source>The account that opened this dialog was signed out: nothing more can be sent from it.</source>
        <translation>Se cerró la sesión de la cuenta que abrió este diálogo: ya no se puede enviar nada desde él.</translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation>(ID de solicitud %1)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>acrnet::DetailsPane</name>
    <message>
        <source>Resource ID</source>
        <translation>ID de recurso</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the resource ID (Ctrl+C)</source>
        <translation>Copiar el ID de recurso (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy resource ID</source>
        <translation>Copiar ID de recurso</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON original</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select a subscription, network, subnet or registry to see its details.</source>
        <translation>Seleccione una suscripción, red, subred o registro para ver sus detalles.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de inquilino</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Grupo de recursos</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Red virtual</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>Registro de contenedores</translation>
    </message>
    <message>
        <source>Could not be loaded</source>
        <translation>No se pudo cargar</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>ID de suscripción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry</source>
        <translation>Microsoft.ContainerRegistry</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Registry rules that point at subnets of this subscription are dropped while the provider is not registered.</source>
        <translation>Las reglas de registro que apuntan a subredes de esta suscripción se descartan mientras el proveedor no esté registrado.</translation>
    </message>
    <message>
        <source>Address space</source>
        <translation>Espacio de direcciones</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subredes</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Estado de aprovisionamiento</translation>
    </message>
    <message>
        <source>Address prefixes</source>
        <translation>Prefijos de dirección</translation>
    </message>
    <message>
        <source>ACR service endpoint</source>
        <translation>Punto de conexión de servicio de ACR</translation>
    </message>
    <message>
        <source>not enabled: registry rules for this subnet grant nothing</source>
        <translation>no habilitado: las reglas de registro para esta subred no conceden nada</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>Service endpoints</source>
        <translation>Puntos de conexión de servicio</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Delegated to</source>
        <translation>Delegada a</translation>
    </message>
    <message>
        <source>Network security group</source>
        <translation>Grupo de seguridad de red</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>Tabla de rutas</translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation>Puntos de conexión privados</translation>
    </message>
    <message>
        <source>Login server</source>
        <translation>Servidor de inicio de sesión</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Only Premium registries can restrict network access.</source>
        <translation>Solo los registros Premium pueden restringir el acceso de red.</translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation>Acceso de red público</translation>
    </message>
    <message>
        <source>Default action</source>
        <translation>Acción predeterminada</translation>
    </message>
    <message>
        <source>VNet rules</source>
        <translation>Reglas de VNet</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation>Reglas de IP</translation>
    </message>
    <message>
        <source>Network rules</source>
        <translation>Reglas de red</translation>
    </message>
    <message>
        <source>not available for the %1 SKU: open to all networks</source>
        <translation>no disponible para la SKU %1: abierto a todas las redes</translation>
    </message>
    <message>
        <source>Trusted Azure services</source>
        <translation>Servicios de Azure de confianza</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitidos</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitidos</translation>
    </message>
    <message>
        <source>What if from</source>
        <translation>Qué pasaría desde</translation>
    </message>
    <message>
        <source>Who can reach it</source>
        <translation>Quién puede llegar</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>Azure listed it, but its data did not parse: it is left out of the tables and the audit, which say that they are incomplete.</source>
        <translation>Azure lo incluyó en la lista, pero sus datos no se pudieron interpretar: queda fuera de las tablas y de la auditoría, que indican que están incompletas.</translation>
    </message>
    <message>
        <source>Read in part</source>
        <translation>Leída en parte</translation>
    </message>
    <message>
        <source>These items could not be read; everything else of this subscription was.</source>
        <translation>Estos elementos no se pudieron leer; todo lo demás de esta suscripción sí.</translation>
    </message>
    <message>
        <source>What if from… an address (10.0.0.4, 203.0.113.7), a subnet&apos;s name (myVNet/mySubnet) or its ID</source>
        <translation>Y si desde… una dirección (10.0.0.4, 203.0.113.7), el nombre de una subred (miVNet/miSubred) o su identificador</translation>
    </message>
    <message>
        <source>Subnets…</source>
        <translation>Subredes…</translation>
    </message>
    <message>
        <source>Pick one of the loaded subnets</source>
        <translation>Elegir una de las subredes cargadas</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Open in Azure portal (Ctrl+Shift+O)</source>
        <translation>Abrir en el portal de Azure (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>Open in Azure portal</source>
        <translation>Abrir en el portal de Azure</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>acrnet::DeviceCodeDialog</name>
    <message>
        <source>Sign in with a code</source>
        <translation>Iniciar sesión con un código</translation>
    </message>
    <message>
        <source>Asking Microsoft Entra ID for a sign-in code…</source>
        <translation>Solicitando un código de inicio de sesión a Microsoft Entra ID…</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Abrir navegador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open %1 in a browser on any device and enter this code:</source>
        <translation>Abra %1 en un navegador de cualquier dispositivo y escriba este código:</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>El código caduca en %1:%2.</translation>
    </message>
</context>
<context>
    <name>acrnet::DeviceCodeFlow</name>
    <message>
        <source>No device code in the answer.</source>
        <translation>La respuesta no incluye ningún código de dispositivo.</translation>
    </message>
    <message>
        <source>The answer gives no web address to enter the code at.</source>
        <translation>La respuesta no indica ninguna dirección web donde introducir el código.</translation>
    </message>
</context>
<context>
    <name>acrnet::EgressResolver</name>
    <message>
        <source>not read yet</source>
        <translation>aún no leída</translation>
    </message>
    <message>
        <source>NAT gateway %1: %2 — the egress address of its subnets is unknown.</source>
        <translation>Puerta de enlace NAT %1: %2 — se desconoce la dirección de salida de sus subredes.</translation>
    </message>
</context>
<context>
    <name>acrnet::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Reintentar la carga</translation>
    </message>
</context>
<context>
    <name>acrnet::Finding</name>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
</context>
<context>
    <name>acrnet::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Accepted: %1 (%2)</source>
        <translation>Aceptado: %1 (%2)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin caducidad</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (aceptado)</translation>
    </message>
</context>
<context>
    <name>acrnet::GraphInventoryLoader</name>
    <message>
        <source>The Resource Graph answer has no &apos;data&apos; array.</source>
        <translation>La respuesta de Resource Graph no tiene la matriz &apos;data&apos;.</translation>
    </message>
    <message>
        <source>VNet rules of this subscription&apos;s registries: %1</source>
        <translation>Reglas de VNet de los registros de esta suscripción: %1</translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry registration state: %1</source>
        <translation>Estado de registro de Microsoft.ContainerRegistry: %1</translation>
    </message>
</context>
<context>
    <name>acrnet::HelpDialog</name>
    <message>
        <source>ACR Network Admin — User guide</source>
        <translation>ACR Network Admin — Guía de uso</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Esta compilación no incluye la guía de uso.</translation>
    </message>
</context>
<context>
    <name>acrnet::InventoryService</name>
    <message>
        <source>The account is signed out.</source>
        <translation>La sesión de la cuenta está cerrada.</translation>
    </message>
</context>
<context>
    <name>acrnet::InventoryTablesPane</name>
    <message>
        <source>Registries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subredes</translation>
    </message>
    <message>
        <source>No registries match “%1”.</source>
        <translation>Ningún registro coincide con «%1».</translation>
    </message>
    <message>
        <source>No subnets match “%1”.</source>
        <translation>Ninguna subred coincide con «%1».</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No registries in these subscriptions.</source>
        <translation>No hay registros en estas suscripciones.</translation>
    </message>
    <message>
        <source>No subnets in these subscriptions.</source>
        <translation>No hay subredes en estas suscripciones.</translation>
    </message>
    <message>
        <source>No registries in %1.</source>
        <translation>No hay registros en %1.</translation>
    </message>
    <message>
        <source>No subnets in %1.</source>
        <translation>No hay subredes en %1.</translation>
    </message>
    <message>
        <source>Registries (%1)</source>
        <translation>Registros (%1)</translation>
    </message>
    <message>
        <source>Subnets (%1)</source>
        <translation>Subredes (%1)</translation>
    </message>
    <message>
        <source>%1 could not be read, so it is not listed here: see why in its details.</source>
        <translation>No se pudo leer %1, por eso no aparece aquí: vea el motivo en sus detalles.</translation>
    </message>
</context>
<context>
    <name>acrnet::InventoryTreeModel</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Inquilino %1</translation>
    </message>
    <message>
        <source>Subscription %1</source>
        <translation>Suscripción %1</translation>
    </message>
    <message>
        <source>could not be loaded</source>
        <translation>no se pudo cargar</translation>
    </message>
    <message>
        <source>provider not registered</source>
        <translation>proveedor no registrado</translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is not registered in this subscription: registry rules that point at its subnets are dropped.</source>
        <translation>Microsoft.ContainerRegistry no está registrado en esta suscripción: las reglas de registro que apuntan a sus subredes se descartan.</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Grupo de recursos</translation>
    </message>
    <message>
        <source>Virtual network in %1</source>
        <translation>Red virtual en %1</translation>
    </message>
    <message>
        <source>Address space: %1</source>
        <translation>Espacio de direcciones: %1</translation>
    </message>
    <message>
        <source>no ACR endpoint</source>
        <translation>sin punto de conexión de ACR</translation>
    </message>
    <message>
        <source>ACR endpoint</source>
        <translation>Punto de conexión de ACR</translation>
    </message>
    <message>
        <source>ACR endpoint failed</source>
        <translation>Punto de conexión de ACR con error</translation>
    </message>
    <message>
        <source>ACR endpoint %1</source>
        <translation>Punto de conexión de ACR: %1</translation>
    </message>
    <message>
        <source>Address prefixes: %1</source>
        <translation>Prefijos de dirección: %1</translation>
    </message>
    <message>
        <source>Service endpoints: %1</source>
        <translation>Puntos de conexión de servicio: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>public access off</source>
        <translation>acceso público desactivado</translation>
    </message>
    <message>
        <source>Container registry %1 in %2</source>
        <translation>Registro de contenedores %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n VNet rule(s)</source>
        <translation>
            <numerusform>%n regla de VNet</numerusform>
            <numerusform>%n reglas de VNet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP rule(s)</source>
        <translation>
            <numerusform>%n regla de IP</numerusform>
            <numerusform>%n reglas de IP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private endpoint connection(s)</source>
        <translation>
            <numerusform>%n conexión de punto de conexión privado</numerusform>
            <numerusform>%n conexiones de punto de conexión privado</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>Azure listed this resource, but its data could not be read: %1</source>
        <translation>Azure incluyó este recurso en la lista, pero sus datos no se pudieron leer: %1</translation>
    </message>
    <message>
        <source>What the app shows and audits leaves it out; the subscription counts as read in part.</source>
        <translation>Lo que la aplicación muestra y audita lo deja fuera; la suscripción cuenta como leída en parte.</translation>
    </message>
    <message>
        <source>read in part</source>
        <translation>leída en parte</translation>
    </message>
    <message numerus="yes">
        <source>Read in part — %n item(s) could not be read:</source>
        <translation>
            <numerusform>Leída en parte: %n elemento no se pudo leer:</numerusform>
            <numerusform>Leída en parte: %n elementos no se pudieron leer:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::IpRange</name>
    <message>
        <source>Enter an IPv4 address (203.0.113.7) or range (203.0.113.0/24).</source>
        <translation>Escriba una dirección IPv4 (203.0.113.7) o un intervalo (203.0.113.0/24).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IPv6 address; registry IP rules accept IPv4 only.</source>
        <translation>&apos;%1&apos; es una dirección IPv6; las reglas de IP del registro solo aceptan IPv4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: four numbers from 0 to 255 separated by dots.</source>
        <translation>&apos;%1&apos; no es una dirección IPv4: cuatro números de 0 a 255 separados por puntos.</translation>
    </message>
    <message>
        <source>&apos;/%1&apos; is not a valid prefix length: use a number from 0 to 32.</source>
        <translation>&apos;/%1&apos; no es una longitud de prefijo válida: use un número de 0 a 32.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has host bits set for a /%2 range; did you mean %3?</source>
        <translation>&apos;%1&apos; tiene bits de host para un intervalo /%2; ¿quería decir %3?</translation>
    </message>
</context>
<context>
    <name>acrnet::LegacyCleanupDialog</name>
    <message>
        <source>Remove service-endpoint rules</source>
        <translation>Quitar las reglas de punto de conexión de servicio</translation>
    </message>
    <message>
        <source>Registry service endpoints are no longer developed; private endpoints are recommended, and the two cannot be combined on one registry. This removes every VNet rule of the registries checked below — one change per registry, sent only if the registry is still as reviewed. Give their consumers another way in first (the private endpoint below each), or they lose access.</source>
        <translation>Los puntos de conexión de servicio para registros ya no se desarrollan; se recomiendan los puntos de conexión privados, y ambos no se pueden combinar en un registro. Esto quita todas las reglas de VNet de los registros marcados abajo: un cambio por registro, enviado solo si el registro sigue como se revisó. Dé antes otra vía de entrada a quienes los usan (el punto de conexión privado bajo cada uno), o perderán el acceso.</translation>
    </message>
    <message>
        <source>Registries and what removing their rules changes</source>
        <translation>Registros y lo que cambia al quitar sus reglas</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>VNet rules</source>
        <translation>Reglas de VNet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Nothing to remove (no VNet rules): %1.</source>
        <translation>Nada que quitar (sin reglas de VNet): %1.</translation>
    </message>
    <message>
        <source>Equivalent Azure CLI commands:</source>
        <translation>Comandos equivalentes de la CLI de Azure:</translation>
    </message>
    <message>
        <source>%v of %m registries</source>
        <translation>%v de %m registros</translation>
    </message>
    <message>
        <source>&amp;Remove rules</source>
        <translation>&amp;Quitar reglas</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stops before the next registry; the one under way stops too if nothing was sent yet.</source>
        <translation>Se detiene antes del siguiente registro; el que está en curso también se detiene si aún no se envió nada.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Removes the rule for %1/%2</source>
        <translation>Quita la regla de %1/%2</translation>
    </message>
    <message>
        <source>Nobody loses access: %1</source>
        <translation>Nadie pierde el acceso: %1</translation>
    </message>
    <message>
        <source>the default action is Allow, so the rules had no effect.</source>
        <translation>la acción predeterminada es Allow, así que las reglas no tenían efecto.</translation>
    </message>
    <message>
        <source>the rules granted nothing.</source>
        <translation>las reglas no concedían nada.</translation>
    </message>
    <message>
        <source>Instead, a private endpoint: %1</source>
        <translation>En su lugar, un punto de conexión privado: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove rules from %n registries</source>
        <translation>
            <numerusform>&amp;Quitar las reglas de %n registro</numerusform>
            <numerusform>&amp;Quitar las reglas de %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>Stopped. Each registry changed is in the activity log, where it can be restored.</source>
        <translation>Detenido. Cada registro cambiado está en el registro de actividad, donde se puede restaurar.</translation>
    </message>
    <message>
        <source>Each registry changed is in the activity log, where it can be restored.</source>
        <translation>Cada registro cambiado está en el registro de actividad, donde se puede restaurar.</translation>
    </message>
    <message>
        <source>Loses access: %1 — %2. Way forward: %3.</source>
        <translation>Pierde el acceso: %1 — %2. Alternativa: %3.</translation>
    </message>
    <message>
        <source>Grants nothing today, so nothing changes: %1</source>
        <translation>Hoy no concede nada, así que nada cambia: %1</translation>
    </message>
    <message>
        <source>Equivalent Azure CLI commands</source>
        <translation>Comandos equivalentes de la CLI de Azure</translation>
    </message>
</context>
<context>
    <name>acrnet::LegacyRuleCleanup</name>
    <message numerus="yes">
        <source>Remove service-endpoint rules from %n registries</source>
        <translation>
            <numerusform>Quitar las reglas de punto de conexión de servicio de %n registro</numerusform>
            <numerusform>Quitar las reglas de punto de conexión de servicio de %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it started: not changed.</source>
        <translation>Cancelado antes de empezar: sin cambios.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>No signed-in account reaches its subscription: not changed.</source>
        <translation>Ninguna cuenta con sesión iniciada llega a su suscripción: sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n rule(s); read back: no VNet rules left.</source>
        <translation>
            <numerusform>Se quitó %n regla; leído de nuevo: no queda ninguna regla de VNet.</numerusform>
            <numerusform>Se quitaron %n reglas; leído de nuevo: no queda ninguna regla de VNet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied, but read back with %n VNet rule(s) still there.</source>
        <translation>
            <numerusform>Aplicado, pero al leerlo de nuevo sigue habiendo %n regla de VNet.</numerusform>
            <numerusform>Aplicado, pero al leerlo de nuevo sigue habiendo %n reglas de VNet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else since the review: nothing was sent. Review it again.</source>
        <translation>Otra persona lo cambió después de la revisión: no se envió nada. Revíselo de nuevo.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelado: no se envió nada.</translation>
    </message>
    <message>
        <source>Failed, not changed: %1</source>
        <translation>Error, sin cambios: %1</translation>
    </message>
    <message>
        <source>Failed, state unknown (check the activity log): %1</source>
        <translation>Error, estado desconocido (consulte el registro de actividad): %1</translation>
    </message>
    <message>
        <source>%1 removed, %2 not changed, %3 with an unknown outcome.</source>
        <translation>%1 quitados, %2 sin cambios, %3 con resultado desconocido.</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
</context>
<context>
    <name>acrnet::LoadStatus</name>
    <message>
        <source>Reads left in this hour&apos;s Azure Resource Manager budget (lowest seen in the last load, from x-ms-ratelimit-remaining-subscription-reads)</source>
        <translation>Lecturas que quedan en el presupuesto de esta hora de Azure Resource Manager (la menor vista en la última carga, de x-ms-ratelimit-remaining-subscription-reads)</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>%v of %m subscriptions</source>
        <translation>%v de %m suscripciones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>Stop loading; what has been loaded stays</source>
        <translation>Detener la carga; lo ya cargado se conserva</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n suscripción</numerusform>
            <numerusform>%n suscripciones</numerusform>
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
            <numerusform>%n subred</numerusform>
            <numerusform>%n subredes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry(-ies)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n solicitud en curso</numerusform>
            <numerusform>%n solicitudes en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>reads left %1</source>
        <translation>lecturas restantes %1</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
</context>
<context>
    <name>acrnet::MachineCheckModel</name>
    <message>
        <source>Running… (%1)</source>
        <translation>En curso… (%1)</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>No comprobado: %1</translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation>Accesible (HTTP %1)</translation>
    </message>
    <message>
        <source>Blocked (HTTP 403)</source>
        <translation>Bloqueado (HTTP 403)</translation>
    </message>
    <message>
        <source>Blocked (HTTP 403): the registry saw %1</source>
        <translation>Bloqueado (HTTP 403): el registro vio %1</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>This differs from the prediction: the registry&apos;s rules or the network changed since the inventory was read, or something this app does not see (a proxy, a firewall, DNS) is in the path.</source>
        <translation>Esto difiere de la predicción: las reglas del registro o la red cambiaron desde que se leyó el inventario, o hay en el camino algo que esta aplicación no ve (un proxy, un firewall, el DNS).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>%1 — differs from the prediction</source>
        <translation>%1 — difiere de la predicción</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Máquina virtual</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP privada</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>IP pública</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>Registry answered</source>
        <translation>Respuesta del registro</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>deallocated</source>
        <translation>desasignada</translation>
    </message>
    <message>
        <source>deallocating</source>
        <translation>desasignándose</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>deteniéndose</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciándose</translation>
    </message>
</context>
<context>
    <name>acrnet::MachineDirectory</name>
    <message>
        <source>%1: its network interface was not listed; its subnet is unknown.</source>
        <translation>%1: su interfaz de red no aparece en la lista; se desconoce su subred.</translation>
    </message>
    <message>
        <source>%1: the instance view has no power state.</source>
        <translation>%1: la vista de instancia no indica el estado de energía.</translation>
    </message>
    <message>
        <source>%1: power state not read: %2</source>
        <translation>%1: no se leyó el estado de energía: %2</translation>
    </message>
    <message>
        <source>%1: public IP not read: %2</source>
        <translation>%1: no se leyó la IP pública: %2</translation>
    </message>
</context>
<context>
    <name>acrnet::MainToolBar</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <source>Sign in, sign out, and choose the default account</source>
        <translation>Iniciar y cerrar sesión, y elegir la cuenta predeterminada</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Choose which subscriptions to browse</source>
        <translation>Elegir qué suscripciones explorar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load everything again (F5)</source>
        <translation>Volver a cargarlo todo (F5)</translation>
    </message>
    <message>
        <source>Filter by name, ID, prefix or region (Ctrl+F)</source>
        <translation>Filtrar por nombre, ID, prefijo o región (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Sandbox — simulated Azure (scenario: %1)</source>
        <translation>Entorno de pruebas — Azure simulado (escenario: %1)</translation>
    </message>
    <message>
        <source>Sandbox banner</source>
        <translation>Aviso de entorno de pruebas</translation>
    </message>
    <message numerus="yes">
        <source>Automatic (Resource Graph above %n subscription(s))</source>
        <translation>
            <numerusform>Automático (Resource Graph con más de %n suscripción)</numerusform>
            <numerusform>Automático (Resource Graph con más de %n suscripciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Always per subscription (Resource Manager)</source>
        <translation>Siempre por suscripción (Resource Manager)</translation>
    </message>
    <message>
        <source>Always through Resource Graph</source>
        <translation>Siempre a través de Resource Graph</translation>
    </message>
    <message>
        <source>Subscriptions (%1/%2)</source>
        <translation>Suscripciones (%1/%2)</translation>
    </message>
    <message>
        <source>Simulated Azure at %1. Nothing you do here touches a real subscription.</source>
        <translation>Azure simulado en %1. Nada de lo que haga aquí afecta a una suscripción real.</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
</context>
<context>
    <name>acrnet::MainWindow</name>
    <message>
        <source>ACR Network Admin</source>
        <translation>ACR Network Admin</translation>
    </message>
    <message>
        <source>Sandbox running at %1.</source>
        <translation>Entorno de pruebas en ejecución en %1.</translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation>No se pudo iniciar el entorno de pruebas.</translation>
    </message>
    <message>
        <source>The sandbox cloud could not start.

%1</source>
        <translation>No se pudo iniciar la nube de pruebas.

%1</translation>
    </message>
    <message>
        <source>Starting the sandbox cloud (scenario &quot;%1&quot;)…</source>
        <translation>Iniciando la nube de pruebas (escenario &quot;%1&quot;)…</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Copy resource ID</source>
        <translation>Copiar ID de recurso</translation>
    </message>
    <message>
        <source>Show JSON</source>
        <translation>Mostrar JSON</translation>
    </message>
    <message>
        <source>The subscriptions of %1 in tenant %2 could not be listed: %3</source>
        <translation>No se pudieron enumerar las suscripciones de %1 en el inquilino %2: %3</translation>
    </message>
    <message>
        <source>Loading cancelled: what was loaded so far is shown.</source>
        <translation>Carga cancelada: se muestra lo cargado hasta ahora.</translation>
    </message>
    <message>
        <source>Inventory loaded.</source>
        <translation>Inventario cargado.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>The sandbox cloud is running at %1 (scenario &quot;%2&quot;).

Signing in to it and listing its subscriptions… Scripts and other clients can use it too: client ID &quot;sandbox&quot;, secret &quot;sandbox&quot;.</source>
        <translation>La nube de pruebas se ejecuta en %1 (escenario «%2»).

Iniciando sesión y enumerando sus suscripciones… Los scripts y otros clientes también pueden usarla: ID de cliente «sandbox», secreto «sandbox».</translation>
    </message>
    <message>
        <source>No subscriptions to show.

The signed-in accounts see no subscriptions, or none is selected. Use Subscriptions to choose, or Accounts… to sign in with another account.</source>
        <translation>No hay suscripciones que mostrar.

Las cuentas con sesión iniciada no ven ninguna suscripción, o no hay ninguna seleccionada. Use Suscripciones para elegir, o Cuentas… para iniciar sesión con otra cuenta.</translation>
    </message>
    <message>
        <source>Not signed in.

Use Accounts… to sign in to Azure, or start with --sandbox to try the app on simulated data.</source>
        <translation>Sin sesión iniciada.

Use Cuentas… para iniciar sesión en Azure, o inicie con --sandbox para probar la aplicación con datos simulados.</translation>
    </message>
    <message>
        <source>Access from this machine</source>
        <translation>Acceso desde este equipo</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(comprobado a las %1)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Access matrix</source>
        <translation>Matriz de acceso</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n subscription(s)</source>
        <translation>
            <numerusform>%1 · %n suscripción</numerusform>
            <numerusform>%1 · %n suscripciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <source>%1 was read only in part: %2</source>
        <translation>%1 se leyó solo en parte: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar el &amp;informe…</translation>
    </message>
    <message>
        <source>Export &amp;activity…</source>
        <translation>Exportar la &amp;actividad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>Configuración de &amp;red…</translation>
    </message>
    <message>
        <source>Open in Azure &amp;portal</source>
        <translation>Abrir en el &amp;portal de Azure</translation>
    </message>
    <message>
        <source>Opens the selected resource&apos;s page in the Azure portal of its cloud</source>
        <translation>Abre la página del recurso seleccionado en el portal de Azure de su nube</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About ACR Network Admin</source>
        <translation>&amp;Acerca de ACR Network Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>ACR Network Admin — read-only</source>
        <translation>ACR Network Admin — solo lectura</translation>
    </message>
    <message>
        <source>Read-only: no changes can be made</source>
        <translation>Solo lectura: no se puede cambiar nada</translation>
    </message>
    <message>
        <source>This cloud has no Azure portal to open.</source>
        <translation>Esta nube no tiene un portal de Azure que abrir.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ACR Network Admin %1&lt;/h3&gt;&lt;p&gt;See and change who can reach your Azure Container Registries over the network.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and QtKeychain %4.&lt;/p&gt;&lt;p&gt;Qt is available under the GNU LGPL version 3; QtKeychain under the modified BSD licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ACR Network Admin %1&lt;/h3&gt;&lt;p&gt;Vea y cambie quién puede llegar por la red a sus Azure Container Registries.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 (en ejecución: %3) y QtKeychain %4.&lt;/p&gt;&lt;p&gt;Qt se distribuye bajo la GNU LGPL versión 3; QtKeychain, bajo la licencia BSD modificada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ACR Network Admin</source>
        <translation>Acerca de ACR Network Admin</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>Á&amp;rbol</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo de &amp;presentación</translation>
    </message>
    <message>
        <source>Hide tenant and subscription IDs, public IP addresses, user names and tenant domains in everything shown, copied and exported</source>
        <translation>Oculta los identificadores de inquilino y de suscripción, las direcciones IP públicas, los nombres de usuario y los dominios de inquilino en todo lo que se muestra, se copia y se exporta</translation>
    </message>
    <message>
        <source>Presentation mode: identifiers hidden</source>
        <translation>Modo de presentación: identificadores ocultos</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo de presentación</translation>
    </message>
</context>
<context>
    <name>acrnet::NatGateway</name>
    <message>
        <source>the NAT gateway has no public IP address or prefix</source>
        <translation>la puerta de enlace NAT no tiene dirección IP pública ni prefijo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; no es una dirección IPv4</translation>
    </message>
</context>
<context>
    <name>acrnet::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Configuración de red</translation>
    </message>
    <message>
        <source>Use the system proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Manual proxy:</source>
        <translation>Proxy manual:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Optional: PEM file with your proxy&apos;s CA certificate</source>
        <translation>Opcional: archivo PEM con el certificado de CA de su proxy</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificados de CA adicionales</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificados de CA (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation>Un proxy manual necesita un host y un puerto.</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>&amp;Certificados de CA adicionales:</translation>
    </message>
</context>
<context>
    <name>acrnet::OperationDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Nothing has been sent yet: cancelling changes nothing.</source>
        <translation>Aún no se ha enviado nada: cancelar no cambia nada.</translation>
    </message>
    <message>
        <source>The request has been sent and cannot be called back.</source>
        <translation>La solicitud ya se envió y no se puede retirar.</translation>
    </message>
    <message numerus="yes">
        <source>Running for %n s</source>
        <translation>
            <numerusform>En curso desde hace %n s</numerusform>
            <numerusform>En curso desde hace %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::OperationsDock</name>
    <message>
        <source>Running operations</source>
        <translation>Operaciones en curso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Show the changes under way</source>
        <translation>Mostrar los cambios en curso</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) running</source>
        <translation>
            <numerusform>%n cambio en curso</numerusform>
            <numerusform>%n cambios en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a change to cancel</source>
        <translation>Seleccione un cambio para cancelarlo</translation>
    </message>
    <message>
        <source>Nothing of this change has been sent yet: cancelling changes nothing</source>
        <translation>Aún no se ha enviado nada de este cambio: cancelar no cambia nada</translation>
    </message>
    <message>
        <source>This change has been sent to Azure and cannot be called back; its end will be shown and recorded in the Activity log</source>
        <translation>Este cambio ya se envió a Azure y no se puede retirar; su final se mostrará y quedará registrado en la Actividad</translation>
    </message>
</context>
<context>
    <name>acrnet::ProbeResult</name>
    <message>
        <source>Reachable from this machine (HTTP %1: the network rules let it through; pulling needs sign-in).</source>
        <translation>Accesible desde este equipo (HTTP %1: las reglas de red lo dejan pasar; para extraer imágenes hace falta iniciar sesión).</translation>
    </message>
    <message>
        <source>Blocked by the registry&apos;s network rules (HTTP 403).</source>
        <translation>Bloqueado por las reglas de red del registro (HTTP 403).</translation>
    </message>
    <message>
        <source>Blocked by the registry&apos;s network rules: it saw this machine as %1 (HTTP 403).</source>
        <translation>Bloqueado por las reglas de red del registro: vio este equipo como %1 (HTTP 403).</translation>
    </message>
    <message>
        <source>Unreachable from this machine: %1</source>
        <translation>Inaccesible desde este equipo: %1</translation>
    </message>
    <message>
        <source>unexpected HTTP %1</source>
        <translation>HTTP %1 inesperado</translation>
    </message>
    <message>
        <source>the name does not resolve (DNS)</source>
        <translation>el nombre no se resuelve (DNS)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Reachable from %1 (HTTP %2: the network rules let it through; pulling needs sign-in).</source>
        <translation>Accesible desde %1 (HTTP %2: las reglas de red lo dejan pasar; para extraer imágenes hay que iniciar sesión).</translation>
    </message>
    <message>
        <source>Blocked from %1 by the registry&apos;s network rules (HTTP 403).</source>
        <translation>Bloqueado desde %1 por las reglas de red del registro (HTTP 403).</translation>
    </message>
    <message>
        <source>Blocked from %1 by the registry&apos;s network rules: it saw %2 (HTTP 403).</source>
        <translation>Bloqueado desde %1 por las reglas de red del registro: vio %2 (HTTP 403).</translation>
    </message>
    <message>
        <source>No answer from the registry at %1: %2</source>
        <translation>Sin respuesta del registro en %1: %2</translation>
    </message>
</context>
<context>
    <name>acrnet::ProviderRegistrar</name>
    <message>
        <source>The provider is still %1; registration can take several minutes. Refresh later.</source>
        <translation>El proveedor sigue en estado %1; el registro puede tardar varios minutos. Actualice más tarde.</translation>
    </message>
</context>
<context>
    <name>acrnet::RegistryChangeDiff</name>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitado</translation>
    </message>
    <message>
        <source>default action: %1 → %2</source>
        <translation>acción predeterminada: %1 → %2</translation>
    </message>
    <message>
        <source>public network access: %1 → %2</source>
        <translation>acceso de red público: %1 → %2</translation>
    </message>
    <message>
        <source>trusted Azure services: %1 → %2</source>
        <translation>servicios de Azure de confianza: %1 → %2</translation>
    </message>
    <message>
        <source>+ VNet rule %1</source>
        <translation>+ regla de VNet %1</translation>
    </message>
    <message>
        <source>− VNet rule %1</source>
        <translation>− regla de VNet %1</translation>
    </message>
    <message>
        <source>+ IP rule %1</source>
        <translation>+ regla de IP %1</translation>
    </message>
    <message>
        <source>− IP rule %1</source>
        <translation>− regla de IP %1</translation>
    </message>
    <message>
        <source>Open to all networks: only Premium registries can restrict network access.</source>
        <translation>Abierto a todas las redes: solo los registros Premium pueden restringir el acceso de red.</translation>
    </message>
    <message>
        <source>Public access disabled: only private endpoints%1 can pull; network rules have no effect.</source>
        <translation>Acceso público deshabilitado: solo los puntos de conexión privados%1 pueden extraer imágenes; las reglas de red no tienen efecto.</translation>
    </message>
    <message>
        <source> and trusted Azure services</source>
        <translation> y los servicios de Azure de confianza</translation>
    </message>
    <message>
        <source>Allow: every network can pull.</source>
        <translation>Allow: todas las redes pueden extraer imágenes.</translation>
    </message>
    <message>
        <source>Allow: every network can pull; the rules have no effect until the default action is Deny.</source>
        <translation>Allow: todas las redes pueden extraer imágenes; las reglas no tienen efecto hasta que la acción predeterminada sea Deny.</translation>
    </message>
    <message>
        <source>Deny: no network will be able to pull</source>
        <translation>Deny: ninguna red podrá extraer imágenes</translation>
    </message>
    <message numerus="yes">
        <source>Deny: only %n subnet(s) will be able to pull</source>
        <translation>
            <numerusform>Deny: solo %n subred podrá extraer imágenes</numerusform>
            <numerusform>Deny: solo %n subredes podrán extraer imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deny: only %n address range(s) will be able to pull</source>
        <translation>
            <numerusform>Deny: solo %n intervalo de direcciones podrá extraer imágenes</numerusform>
            <numerusform>Deny: solo %n intervalos de direcciones podrán extraer imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Deny: only %1 and %2 will be able to pull</source>
        <translation>Deny: solo %1 y %2 podrán extraer imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s)</source>
        <translation>
            <numerusform>%n subred</numerusform>
            <numerusform>%n subredes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address range(s)</source>
        <translation>
            <numerusform>%n intervalo de direcciones</numerusform>
            <numerusform>%n intervalos de direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source> (plus trusted Azure services).</source>
        <translation> (además de los servicios de Azure de confianza).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (a private range, never seen on the public endpoint)</source>
        <translation>%1 (un intervalo privado, que nunca se ve en el punto de conexión público)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) grant nothing: %1.</source>
        <translation>
            <numerusform>%n regla no concede nada: %1.</numerusform>
            <numerusform>%n reglas no conceden nada: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::RegistryRulesWriter</name>
    <message>
        <source>Reading %1 again to check for changes…</source>
        <translation>Volviendo a leer %1 para detectar cambios…</translation>
    </message>
    <message>
        <source>Updating the network rules of %1…</source>
        <translation>Actualizando las reglas de red de %1…</translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation>El servicio indica: %1</translation>
    </message>
</context>
<context>
    <name>acrnet::RegistryTableModel</name>
    <message>
        <source>Subnets allowed through their Microsoft.ContainerRegistry service endpoint</source>
        <translation>Subredes permitidas a través de su punto de conexión de servicio Microsoft.ContainerRegistry</translation>
    </message>
    <message>
        <source>Public IPv4 addresses and ranges allowed</source>
        <translation>Direcciones e intervalos IPv4 públicos permitidos</translation>
    </message>
    <message>
        <source>Private endpoint connections (approved / all)</source>
        <translation>Conexiones de punto de conexión privado (aprobadas / todas)</translation>
    </message>
    <message>
        <source>Whether trusted Azure services may bypass the network rules</source>
        <translation>Si los servicios de Azure de confianza pueden omitir las reglas de red</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Default action</source>
        <translation>Acción predeterminada</translation>
    </message>
    <message>
        <source>Public access</source>
        <translation>Acceso público</translation>
    </message>
    <message>
        <source>VNet rules</source>
        <translation>Reglas de VNet</translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation>Reglas de IP</translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation>Puntos de conexión privados</translation>
    </message>
    <message>
        <source>Trusted services</source>
        <translation>Servicios de confianza</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Grupo de recursos</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Allow (fixed)</source>
        <translation>Allow (fijo)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Only Premium registries have network rules: this %1 registry is open to all networks.</source>
        <translation>Solo los registros Premium tienen reglas de red: este registro %1 está abierto a todas las redes.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>public access on</source>
        <translation>acceso público activado</translation>
    </message>
    <message>
        <source>public access off</source>
        <translation>acceso público desactivado</translation>
    </message>
</context>
<context>
    <name>acrnet::RulePreflight</name>
    <message>
        <source>Correct or remove the rule.</source>
        <translation>Corrija o quite la regla.</translation>
    </message>
    <message>
        <source>%1 is the same range as %2.</source>
        <translation>%1 es el mismo intervalo que %2.</translation>
    </message>
    <message>
        <source>Remove one of them.</source>
        <translation>Quite una de ellas.</translation>
    </message>
    <message>
        <source>%1 overlaps %2: one of them is redundant.</source>
        <translation>%1 se solapa con %2: una de las dos sobra.</translation>
    </message>
    <message>
        <source>%1 is a private range: the registry&apos;s public endpoint never sees such a source address, so this rule matches nothing. Use the public address your traffic leaves from, or a VNet rule.</source>
        <translation>%1 es un intervalo privado: el punto de conexión público del registro nunca ve esa dirección de origen, así que la regla no coincide con nada. Use la dirección pública por la que sale su tráfico, o una regla de VNet.</translation>
    </message>
    <message>
        <source>%1 allows %2 addresses — is that intended?</source>
        <translation>%1 permite %2 direcciones — ¿es lo que pretende?</translation>
    </message>
    <message>
        <source>%1 is a %2 registry: network rules and the Deny default action need the Premium SKU.</source>
        <translation>%1 es un registro %2: las reglas de red y la acción predeterminada Deny requieren la SKU Premium.</translation>
    </message>
    <message>
        <source>Upgrade the registry to Premium (az acr update --name %1 --sku Premium), then try again.</source>
        <translation>Actualice el registro a Premium (az acr update --name %1 --sku Premium) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Registry service endpoints are not available in %1.</source>
        <translation>Los puntos de conexión de servicio de registro no están disponibles en %1.</translation>
    </message>
    <message>
        <source>Use a private endpoint instead.</source>
        <translation>Use un punto de conexión privado en su lugar.</translation>
    </message>
    <message>
        <source>%1 VNet rules: a registry can have at most %2.</source>
        <translation>%1 reglas de VNet: un registro puede tener como máximo %2.</translation>
    </message>
    <message>
        <source>Remove rules, or use a larger subnet that covers several of them.</source>
        <translation>Quite reglas, o use una subred mayor que abarque varias.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n private endpoint connection(s); service-endpoint rules and Private Link cannot be combined on one registry.</source>
        <translation>
            <numerusform>%1 tiene %n conexión de punto de conexión privado; las reglas de punto de conexión de servicio y Private Link no se pueden combinar en un registro.</numerusform>
            <numerusform>%1 tiene %n conexiones de punto de conexión privado; las reglas de punto de conexión de servicio y Private Link no se pueden combinar en un registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reach the registry through its private endpoint instead, or remove the private endpoint connections first.</source>
        <translation>Acceda al registro mediante su punto de conexión privado, o quite antes las conexiones de punto de conexión privado.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Pick the subnet from the list.</source>
        <translation>Elija la subred de la lista.</translation>
    </message>
    <message>
        <source>The subscription of %1 is not loaded: its provider registration and the subnet&apos;s endpoint cannot be checked.</source>
        <translation>La suscripción de %1 no está cargada: no se pueden comprobar el registro del proveedor ni el punto de conexión de la subred.</translation>
    </message>
    <message>
        <source>Microsoft.ContainerRegistry is not registered in subscription %1, where %2 lives: the service would accept the rule and then drop it.</source>
        <translation>Microsoft.ContainerRegistry no está registrado en la suscripción %1, donde está %2: el servicio aceptaría la regla y luego la descartaría.</translation>
    </message>
    <message>
        <source>Register the provider in that subscription first.</source>
        <translation>Registre antes el proveedor en esa suscripción.</translation>
    </message>
    <message>
        <source>%1 does not exist (or was deleted).</source>
        <translation>%1 no existe (o se eliminó).</translation>
    </message>
    <message>
        <source>Pick an existing subnet.</source>
        <translation>Elija una subred existente.</translation>
    </message>
    <message>
        <source>%1 has no Microsoft.ContainerRegistry service endpoint: the rule would grant nothing.</source>
        <translation>%1 no tiene punto de conexión de servicio Microsoft.ContainerRegistry: la regla no concedería nada.</translation>
    </message>
    <message>
        <source>Enable the endpoint on the subnet first.</source>
        <translation>Habilite antes el punto de conexión en la subred.</translation>
    </message>
    <message>
        <source>The Microsoft.ContainerRegistry endpoint of %1 is %2.</source>
        <translation>El punto de conexión Microsoft.ContainerRegistry de %1 está en estado %2.</translation>
    </message>
    <message>
        <source>Wait until it is Succeeded, then refresh.</source>
        <translation>Espere a que esté en Succeeded y actualice.</translation>
    </message>
    <message>
        <source>Deny without any rule: no network will be able to pull%1.</source>
        <translation>Deny sin ninguna regla: ninguna red podrá extraer imágenes%1.</translation>
    </message>
    <message>
        <source> (except trusted Azure services)</source>
        <translation> (salvo los servicios de Azure de confianza)</translation>
    </message>
    <message>
        <source>%1 IP rules: a registry can have at most %2.</source>
        <translation>%1 reglas de IP: un registro admite como máximo %2.</translation>
    </message>
    <message>
        <source>Remove rules, or merge neighbouring addresses into one CIDR range.</source>
        <translation>Quite reglas o agrupe direcciones contiguas en un solo rango CIDR.</translation>
    </message>
    <message>
        <source>Give %1 access through a private endpoint, or an IP rule for its outbound address.</source>
        <translation>Dé acceso a %1 mediante un punto de conexión privado, o una regla de IP para su dirección de salida.</translation>
    </message>
</context>
<context>
    <name>acrnet::RulesEditorDialog</name>
    <message>
        <source>Network access of %1</source>
        <translation>Acceso de red de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Default action</source>
        <translation>Acción predeterminada</translation>
    </message>
    <message>
        <source>Allow — every network (rules have no effect)</source>
        <translation>Allow — todas las redes (las reglas no tienen efecto)</translation>
    </message>
    <message>
        <source>Deny — only the networks below</source>
        <translation>Deny — solo las redes de abajo</translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation>Acceso de red público</translation>
    </message>
    <message>
        <source>Allow trusted Azure services to bypass the rules</source>
        <translation>Permitir que los servicios de Azure de confianza omitan las reglas</translation>
    </message>
    <message>
        <source>Virtual network rules (subnets through their service endpoint)</source>
        <translation>Reglas de red virtual (subredes a través de su punto de conexión de servicio)</translation>
    </message>
    <message>
        <source>VNet rules</source>
        <translation>Reglas de VNet</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Red virtual</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Exists</source>
        <translation>Existe</translation>
    </message>
    <message>
        <source>ACR endpoint</source>
        <translation>Punto de conexión de ACR</translation>
    </message>
    <message>
        <source>Add subnets…</source>
        <translation>Agregar subredes…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove selected VNet rules</source>
        <translation>Quitar las reglas de VNet seleccionadas</translation>
    </message>
    <message>
        <source>IP rules (public IPv4 addresses and ranges)</source>
        <translation>Reglas de IP (direcciones e intervalos IPv4 públicos)</translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation>Reglas de IP</translation>
    </message>
    <message>
        <source>New IP rule</source>
        <translation>Nueva regla de IP</translation>
    </message>
    <message>
        <source>203.0.113.7 or 203.0.113.0/24</source>
        <translation>203.0.113.7 o 203.0.113.0/24</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add my IP</source>
        <translation>Agregar mi IP</translation>
    </message>
    <message>
        <source>This machine&apos;s public address, as a registry last saw it (Check access learns it)</source>
        <translation>La dirección pública de este equipo, tal como la vio un registro por última vez (Comprobar el acceso la averigua)</translation>
    </message>
    <message>
        <source>Remove selected IP rules</source>
        <translation>Quitar las reglas de IP seleccionadas</translation>
    </message>
    <message>
        <source>This machine&apos;s public address is not known yet: type it (search &quot;what is my IP&quot;), or run Check access on a registry that denies it — its answer names the address.</source>
        <translation>Aún no se conoce la dirección pública de este equipo: escríbala (busque «cuál es mi IP»), o ejecute Comprobar el acceso en un registro que la deniegue — su respuesta indica la dirección.</translation>
    </message>
    <message>
        <source>Private endpoint connections: %1. Service-endpoint (VNet) rules cannot be combined with Private Link on one registry; Microsoft recommends private endpoints for new designs.</source>
        <translation>Conexiones de punto de conexión privado: %1. Las reglas de punto de conexión de servicio (VNet) no se pueden combinar con Private Link en un registro; Microsoft recomienda puntos de conexión privados para los diseños nuevos.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Restore open access…</source>
        <translation>Restaurar el acceso abierto…</translation>
    </message>
    <message>
        <source>Remove every rule and set the default action to Allow (seed step 10)</source>
        <translation>Quitar todas las reglas y poner la acción predeterminada en Allow (paso 10 del tutorial)</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Register the provider or enable the endpoint that the selected check asks for</source>
        <translation>Registrar el proveedor o habilitar el punto de conexión que pide la comprobación seleccionada</translation>
    </message>
    <message>
        <source>Review and apply…</source>
        <translation>Revisar y aplicar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Cambios:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>The same with the Azure CLI:</source>
        <translation>Lo mismo con la CLI de Azure:</translation>
    </message>
    <message>
        <source>Azure CLI commands</source>
        <translation>Comandos de la CLI de Azure</translation>
    </message>
    <message>
        <source>The request this app sends (one PATCH of the whole rule set; the token is not shown):</source>
        <translation>La solicitud que envía esta aplicación (un PATCH del conjunto de reglas completo; el token no se muestra):</translation>
    </message>
    <message>
        <source>ARM request</source>
        <translation>Solicitud de ARM</translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation>Copiar comandos</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no — deleted?</source>
        <translation>no — ¿eliminada?</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>no cargada</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Resolve the checks marked ✖ first.</source>
        <translation>Resuelva antes las comprobaciones marcadas con ✖.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <source>After the change: %1</source>
        <translation>Tras el cambio: %1</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>No se aplicó: %1</translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation>(ID de solicitud %1)</translation>
    </message>
    <message>
        <source>The registry is unchanged.</source>
        <translation>El registro no ha cambiado.</translation>
    </message>
    <message>
        <source>The registry may have changed: refresh before trying again.</source>
        <translation>Puede que el registro haya cambiado: actualice antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Applied at %1 — it may take a few minutes to take effect.</source>
        <translation>Aplicado a las %1 — puede tardar unos minutos en surtir efecto.</translation>
    </message>
    <message>
        <source>The service did not keep these rules: %1. Check that Microsoft.ContainerRegistry is registered in their subscriptions and that the subnets have the endpoint.</source>
        <translation>El servicio no conservó estas reglas: %1. Compruebe que Microsoft.ContainerRegistry está registrado en sus suscripciones y que las subredes tienen el punto de conexión.</translation>
    </message>
    <message>
        <source>These rules vanished after the change: %1. The service drops a rule whose subnet&apos;s subscription does not have Microsoft.ContainerRegistry registered — register it, then add the rule again.</source>
        <translation>Estas reglas desaparecieron tras el cambio: %1. El servicio descarta una regla si la suscripción de su subred no tiene registrado Microsoft.ContainerRegistry — regístrelo y vuelva a agregar la regla.</translation>
    </message>
    <message>
        <source>Nothing was sent: someone changed this registry after you opened it:
%1
Your changes were merged on top of theirs — review and apply again.</source>
        <translation>No se envió nada: alguien cambió este registro después de que lo abriera:
%1
Sus cambios se han combinado sobre los suyos — revise y aplique de nuevo.</translation>
    </message>
    <message>
        <source>The registry API offers no etag: Apply reads the registry again just before it sends, and stops if anything changed, but a change someone makes in the moment between that read and this PATCH would be overwritten. The result is read back and checked afterwards.</source>
        <translation>La API del registro no ofrece etag: Aplicar vuelve a leer el registro justo antes de enviar y se detiene si algo cambió, pero un cambio que alguien haga en el instante entre esa lectura y este PATCH se sobrescribiría. Después se vuelve a leer el resultado y se comprueba.</translation>
    </message>
    <message>
        <source>The account was signed out.</source>
        <translation>Se cerró la sesión de la cuenta.</translation>
    </message>
    <message>
        <source>The account that opened this editor was signed out: nothing more can be sent from this window. Sign in again and open the editor anew.</source>
        <translation>Se cerró la sesión de la cuenta que abrió este editor: ya no se puede enviar nada desde esta ventana. Vuelva a iniciar sesión y abra el editor de nuevo.</translation>
    </message>
    <message>
        <source>Someone else changed this registry right after your change (desired → found):
%1
The editor now shows what is there; the Activity log&apos;s Restore puts back the state from before your change.</source>
        <translation>Otra persona cambió este registro justo después de su cambio (deseado → encontrado):
%1
El editor muestra ahora lo que hay; Restaurar en el registro de actividad devuelve el estado anterior a su cambio.</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>unknown: its subscription is not loaded</source>
        <translation>desconocido: su suscripción no está cargada</translation>
    </message>
    <message>
        <source>grants access</source>
        <translation>concede acceso</translation>
    </message>
    <message>
        <source>grants nothing: %1</source>
        <translation>no concede nada: %1</translation>
    </message>
    <message>
        <source>&amp;Default action:</source>
        <translation>Acción &amp;predeterminada:</translation>
    </message>
    <message>
        <source>Who will lose access:</source>
        <translation>Quién perderá el acceso:</translation>
    </message>
    <message>
        <source>Read-only: this shows what the change would send, and sends nothing.</source>
        <translation>Solo lectura: muestra lo que enviaría el cambio y no envía nada.</translation>
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
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Dónde va</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>En curso desde hace</translation>
    </message>
</context>
<context>
    <name>acrnet::ServiceEndpointDialog</name>
    <message>
        <source>Microsoft.ContainerRegistry service endpoint</source>
        <translation>Punto de conexión de servicio Microsoft.ContainerRegistry</translation>
    </message>
    <message>
        <source>Enable the endpoint</source>
        <translation>Habilitar el punto de conexión</translation>
    </message>
    <message>
        <source>Disable the endpoint</source>
        <translation>Deshabilitar el punto de conexión</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subredes</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>no endpoints</source>
        <translation>sin puntos de conexión</translation>
    </message>
    <message>
        <source>The same with the Azure CLI (it replaces the whole list, so every endpoint to keep is named):</source>
        <translation>Lo mismo con la CLI de Azure (reemplaza la lista completa, así que se nombran todos los puntos de conexión que se conservan):</translation>
    </message>
    <message>
        <source>Azure CLI commands</source>
        <translation>Comandos de la CLI de Azure</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Enabling a service endpoint switches the subnet&apos;s traffic to Azure services to the subnet&apos;s private addresses, and can briefly reset open connections from its VMs. Other endpoints of the subnet are kept.</source>
        <translation>Habilitar un punto de conexión de servicio hace que el tráfico de la subred hacia los servicios de Azure use las direcciones privadas de la subred, y puede restablecer brevemente las conexiones abiertas de sus máquinas virtuales. Los demás puntos de conexión de la subred se conservan.</translation>
    </message>
    <message>
        <source>%1 (rule for %2)</source>
        <translation>%1 (regla para %2)</translation>
    </message>
    <message>
        <source>Disabling the endpoint makes registry rules for these subnets grant nothing. No loaded registry has such a rule.</source>
        <translation>Deshabilitar el punto de conexión hace que las reglas de registro para estas subredes no concedan nada. Ningún registro cargado tiene una regla así.</translation>
    </message>
    <message>
        <source>Disabling the endpoint makes registry rules for these subnets grant nothing. These registries depend on it: %1.</source>
        <translation>Deshabilitar el punto de conexión hace que las reglas de registro para estas subredes no concedan nada. Estos registros dependen de él: %1.</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>actualizando…</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitado</translation>
    </message>
    <message>
        <source>already so — unchanged</source>
        <translation>ya estaba así — sin cambios</translation>
    </message>
    <message>
        <source>%1 changed, %2 already so, %3 failed.</source>
        <translation>%1 cambiadas, %2 ya estaban así, %3 con error.</translation>
    </message>
    <message>
        <source>cancelled — nothing was sent</source>
        <translation>cancelado — no se envió nada</translation>
    </message>
    <message>
        <source>failed, nothing was sent: %1</source>
        <translation>falló, no se envió nada: %1</translation>
    </message>
    <message>
        <source>failed, unchanged (verified by re-read at %1): %2</source>
        <translation>falló, sin cambios (verificado releyendo a las %1): %2</translation>
    </message>
    <message>
        <source>failed — state unknown, re-check it in the Activity log: %1</source>
        <translation>falló — estado desconocido, vuelva a comprobarlo en la Actividad: %1</translation>
    </message>
</context>
<context>
    <name>acrnet::SubnetEndpointWriter</name>
    <message>
        <source>No signed-in account can reach subscription %1.</source>
        <translation>Ninguna cuenta con sesión iniciada puede acceder a la suscripción %1.</translation>
    </message>
    <message>
        <source>The subnet was updated but does not show the expected endpoint state.</source>
        <translation>La subred se actualizó, pero no muestra el estado esperado del punto de conexión.</translation>
    </message>
</context>
<context>
    <name>acrnet::SubnetHosts</name>
    <message>
        <source>Azure Container Instances</source>
        <translation>Azure Container Instances</translation>
    </message>
    <message>
        <source>App Service</source>
        <translation>App Service</translation>
    </message>
    <message>
        <source>App Service Environment</source>
        <translation>App Service Environment</translation>
    </message>
    <message>
        <source>Azure Container Apps</source>
        <translation>Azure Container Apps</translation>
    </message>
    <message>
        <source>the AKS API server</source>
        <translation>el servidor de API de AKS</translation>
    </message>
    <message>
        <source>Azure Batch</source>
        <translation>Azure Batch</translation>
    </message>
    <message>
        <source>SQL Managed Instance</source>
        <translation>SQL Managed Instance</translation>
    </message>
    <message>
        <source>Azure Database for PostgreSQL</source>
        <translation>Azure Database for PostgreSQL</translation>
    </message>
    <message>
        <source>Azure Database for MySQL</source>
        <translation>Azure Database for MySQL</translation>
    </message>
    <message>
        <source>Azure NetApp Files</source>
        <translation>Azure NetApp Files</translation>
    </message>
    <message>
        <source>%1 is delegated to %2 (%3): only virtual machines and AKS nodes can reach a registry through its service endpoint, so a VNet rule to it grants %2 nothing.</source>
        <translation>%1 está delegada a %2 (%3): solo las máquinas virtuales y los nodos de AKS pueden llegar a un registro a través de su punto de conexión de servicio, así que una regla de VNet a ella no concede nada a %2.</translation>
    </message>
    <message>
        <source>%1 is used by %2 (%3): only virtual machines and AKS nodes can reach a registry through its service endpoint, so a VNet rule to it grants %2 nothing.</source>
        <translation>%1 la usa %2 (%3): solo las máquinas virtuales y los nodos de AKS pueden llegar a un registro a través de su punto de conexión de servicio, así que una regla de VNet a ella no concede nada a %2.</translation>
    </message>
    <message>
        <source>delegated to %1</source>
        <translation>delegada a %1</translation>
    </message>
    <message>
        <source>used by %1</source>
        <translation>usada por %1</translation>
    </message>
    <message>
        <source>AKS node pool %1</source>
        <translation>grupo de nodos de AKS %1</translation>
    </message>
    <message>
        <source>scale set %1</source>
        <translation>conjunto de escalado %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scale set instance(s)</source>
        <translation>
            <numerusform>%n instancia de conjunto de escalado</numerusform>
            <numerusform>%n instancias de conjunto de escalado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network interface(s)</source>
        <translation>
            <numerusform>%n interfaz de red</numerusform>
            <numerusform>%n interfaces de red</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::SubnetPicker</name>
    <message>
        <source>Add subnets</source>
        <translation>Agregar subredes</translation>
    </message>
    <message>
        <source>Search by name, VNet, prefix, region or subscription</source>
        <translation>Buscar por nombre, VNet, prefijo, región o suscripción</translation>
    </message>
    <message>
        <source>Search subnets</source>
        <translation>Buscar subredes</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subredes</translation>
    </message>
</context>
<context>
    <name>acrnet::SubnetTableModel</name>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Red virtual</translation>
    </message>
    <message>
        <source>Address prefixes</source>
        <translation>Prefijos de dirección</translation>
    </message>
    <message>
        <source>Service endpoints</source>
        <translation>Puntos de conexión de servicio</translation>
    </message>
    <message>
        <source>ACR endpoint</source>
        <translation>Punto de conexión de ACR</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
</context>
<context>
    <name>acrnet::SubscriptionListModel</name>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>acrnet::SubscriptionPicker</name>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Choose the subscriptions to browse. New subscriptions are included until you clear them here.</source>
        <translation>Elija las suscripciones que quiere explorar. Las suscripciones nuevas se incluyen hasta que las desmarque aquí.</translation>
    </message>
    <message>
        <source>Search by name, ID or tenant</source>
        <translation>Buscar por nombre, ID o inquilino</translation>
    </message>
    <message>
        <source>Search subscriptions</source>
        <translation>Buscar suscripciones</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;nada</translation>
    </message>
    <message>
        <source>Tick every subscription the search shows</source>
        <translation>Marcar todas las suscripciones que muestra la búsqueda</translation>
    </message>
    <message>
        <source>Clear every subscription the search shows</source>
        <translation>Desmarcar todas las suscripciones que muestra la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>%1 de %n seleccionada</numerusform>
            <numerusform>%1 de %n seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acrnet::SuppressionList</name>
    <message>
        <source>not a JSON object: %1 at byte %2</source>
        <translation>no es un objeto JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>&quot;suppressions&quot; is missing or not an array</source>
        <translation>falta &quot;suppressions&quot; o no es una lista</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>checkId &apos;%1&apos; is not a check ID (ACR-…)</source>
        <translation>checkId &apos;%1&apos; no es un identificador de comprobación (ACR-…)</translation>
    </message>
    <message>
        <source>resourceId &apos;%1&apos; is not a resource ID</source>
        <translation>resourceId &apos;%1&apos; no es un identificador de recurso</translation>
    </message>
    <message>
        <source>the reason is empty</source>
        <translation>el motivo está vacío</translation>
    </message>
    <message>
        <source>expires &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>expires &apos;%1&apos; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>suppression %1: %2</source>
        <translation>aceptación %1: %2</translation>
    </message>
</context>
<context>
    <name>acrnet::TenantAccessModel</name>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Needs interactive sign-in (MFA or conditional access)</source>
        <translation>Requiere inicio de sesión interactivo (MFA o acceso condicional)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Id. de inquilino</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
</context>
<context>
    <name>acrnet::VirtualMachine</name>
    <message>
        <source>no storageProfile.osDisk.osType: the operating system is unknown</source>
        <translation>no hay storageProfile.osDisk.osType: se desconoce el sistema operativo</translation>
    </message>
</context>
<context>
    <name>acrnet::VmAccessCheck</name>
    <message>
        <source>The Run Command result has no output (&apos;value&apos;).</source>
        <translation>El resultado de Run Command no tiene salida (&apos;value&apos;).</translation>
    </message>
    <message>
        <source>The command&apos;s output has no HTTP status: %1</source>
        <translation>La salida del comando no tiene estado HTTP: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
</context>
<context>
    <name>acrnet::VmCheckDialog</name>
    <message>
        <source>Check access from a virtual machine</source>
        <translation>Comprobar el acceso desde una máquina virtual</translation>
    </message>
    <message>
        <source>Runs an anonymous GET https://&lt;registry&gt;/v2/ on each chosen machine with Run Command (step 7 of the walkthrough, from inside the network): 401 means the network rules let it through, 403 that they block it. Nothing is pulled and no credential is used. &quot;Check access from this machine&quot; tests from outside.</source>
        <translation>Ejecuta un GET anónimo a https://&lt;registro&gt;/v2/ en cada máquina elegida con Run Command (el paso 7 del tutorial, desde dentro de la red): 401 significa que las reglas de red lo dejan pasar; 403, que lo bloquean. No se extrae nada ni se usa ninguna credencial. «Comprobar el acceso desde este equipo» prueba desde fuera.</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Máquinas virtuales</translation>
    </message>
    <message>
        <source>Equivalent Azure CLI command</source>
        <translation>Comando equivalente de la CLI de Azure</translation>
    </message>
    <message>
        <source>&amp;Equivalent command:</source>
        <translation>Comando &amp;equivalente:</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>&amp;Ejecutar la comprobación</translation>
    </message>
    <message>
        <source>Runs the check on the selected machines (all of them when none is selected).</source>
        <translation>Ejecuta la comprobación en las máquinas seleccionadas (en todas si no hay ninguna seleccionada).</translation>
    </message>
    <message numerus="yes">
        <source>Reading the virtual machines of %n subscription(s)…</source>
        <translation>
            <numerusform>Leyendo las máquinas virtuales de %n suscripción…</numerusform>
            <numerusform>Leyendo las máquinas virtuales de %n suscripciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription %1: no signed-in account can read it.</source>
        <translation>Suscripción %1: ninguna cuenta con sesión iniciada puede leerla.</translation>
    </message>
    <message>
        <source>Subscription %1: you may not list its virtual machines or network interfaces (Microsoft.Compute/virtualMachines/read and Microsoft.Network/networkInterfaces/read; Reader grants both).</source>
        <translation>Suscripción %1: no tiene permiso para listar sus máquinas virtuales o interfaces de red (Microsoft.Compute/virtualMachines/read y Microsoft.Network/networkInterfaces/read; el rol Lector concede ambos).</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>Suscripción %1: %2</translation>
    </message>
    <message>
        <source>No virtual machine found.</source>
        <translation>No se encontró ninguna máquina virtual.</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s).</source>
        <translation>
            <numerusform>%n máquina virtual.</numerusform>
            <numerusform>%n máquinas virtuales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete — %1</source>
        <translation>Incompleto — %1</translation>
    </message>
    <message>
        <source>Read-only mode: this runs a command on %1 (an anonymous request to the registry; nothing on the machine is changed, but Run Command is an action on it and is recorded in its activity log). Run it?</source>
        <translation>Modo de solo lectura: esto ejecuta un comando en %1 (una petición anónima al registro; no se cambia nada en la máquina, pero Run Command es una acción sobre ella y queda en su registro de actividad). ¿Ejecutarlo?</translation>
    </message>
    <message>
        <source>%1 is %2: Run Command needs a running machine. Start it first.</source>
        <translation>%1 está %2: Run Command necesita una máquina en ejecución. Iníciela primero.</translation>
    </message>
    <message>
        <source>no signed-in account can reach this machine&apos;s subscription</source>
        <translation>ninguna cuenta con sesión iniciada llega a la suscripción de esta máquina</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>you may not run commands on this machine (it needs Microsoft.Compute/virtualMachines/runCommand/action, e.g. Virtual Machine Contributor): %1</source>
        <translation>no tiene permiso para ejecutar comandos en esta máquina (hace falta Microsoft.Compute/virtualMachines/runCommand/action, p. ej. Colaborador de máquina virtual): %1</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>acrnet::WalkthroughCapture</name>
    <message>
        <source>Timed out waiting for %1.</source>
        <translation>Se agotó el tiempo de espera de %1.</translation>
    </message>
    <message>
        <source>the inventory</source>
        <translation>el inventario</translation>
    </message>
    <message>
        <source>the app to be idle</source>
        <translation>que la aplicación quede inactiva</translation>
    </message>
    <message>
        <source>The window of step %1 is not open.</source>
        <translation>La ventana del paso %1 no está abierta.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>the provider registration</source>
        <translation>el registro del proveedor</translation>
    </message>
    <message>
        <source>the service endpoint</source>
        <translation>el punto de conexión de servicio</translation>
    </message>
    <message>
        <source>the network rule</source>
        <translation>la regla de red</translation>
    </message>
    <message>
        <source>the virtual machines</source>
        <translation>las máquinas virtuales</translation>
    </message>
    <message>
        <source>the check from the virtual machines</source>
        <translation>la comprobación desde las máquinas virtuales</translation>
    </message>
    <message>
        <source>the rule&apos;s removal</source>
        <translation>la eliminación de la regla</translation>
    </message>
    <message>
        <source>open access</source>
        <translation>el acceso abierto</translation>
    </message>
    <message>
        <source>No Premium registry in the estate: the rules editor (steps 4 and 5) was not captured.</source>
        <translation>No hay ningún registro Premium en el entorno: no se capturó el editor de reglas (pasos 4 y 5).</translation>
    </message>
    <message>
        <source>The network rules editor did not open.</source>
        <translation>El editor de reglas de red no se abrió.</translation>
    </message>
</context>
<context>
    <name>acrnet::WidgetHelpers</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>acrnet::WriteDialog</name>
    <message>
        <source>The change has not been sent yet. Keep it running in the background, or cancel it?</source>
        <translation>El cambio aún no se ha enviado. ¿Seguir en segundo plano o cancelarlo?</translation>
    </message>
    <message>
        <source>The change has been sent to Azure and cannot be called back. It keeps running in the background: its end is shown and recorded in the Activity log.</source>
        <translation>El cambio ya se envió a Azure y no se puede retirar. Sigue en segundo plano: su final se mostrará y quedará registrado en la Actividad.</translation>
    </message>
    <message>
        <source>Keep running in the background</source>
        <translation>Seguir en segundo plano</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Cancelar el cambio</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Audits who can reach the registries; exit code 3 when a finding at or above --fail-on exists.</source>
        <translation>Audita quién puede llegar a los registros; código de salida 3 cuando hay un hallazgo de gravedad --fail-on o superior.</translation>
    </message>
    <message>
        <source>Prints the inventory: subscriptions, VNets, subnets, registries.</source>
        <translation>Imprime el inventario: suscripciones, redes virtuales, subredes, registros.</translation>
    </message>
    <message>
        <source>AzureCloud, AzureUSGovernment, AzureChinaCloud or sandbox.</source>
        <translation>AzureCloud, AzureUSGovernment, AzureChinaCloud o sandbox.</translation>
    </message>
    <message>
        <source>A running sandbox or a custom ARM endpoint.</source>
        <translation>Un sandbox en marcha o un punto de conexión de ARM propio.</translation>
    </message>
    <message>
        <source>Tenant ID or domain.</source>
        <translation>Id. o dominio del inquilino.</translation>
    </message>
    <message>
        <source>azcli, secret (AZURE_CLIENT_ID, AZURE_CLIENT_SECRET) or sandbox.</source>
        <translation>azcli, secret (AZURE_CLIENT_ID, AZURE_CLIENT_SECRET) o sandbox.</translation>
    </message>
    <message>
        <source>Output format: json, csv or html.</source>
        <translation>Formato de salida: json, csv o html.</translation>
    </message>
    <message>
        <source>Output format: json.</source>
        <translation>Formato de salida: json.</translation>
    </message>
    <message>
        <source>Exit with 3 when a finding of this severity or higher exists: low, medium or high.</source>
        <translation>Salir con 3 cuando hay un hallazgo de esta gravedad o superior: low, medium o high.</translation>
    </message>
    <message>
        <source>Load through Azure Resource Graph.</source>
        <translation>Cargar mediante Azure Resource Graph.</translation>
    </message>
    <message>
        <source>Load per subscription through Azure Resource Manager.</source>
        <translation>Cargar suscripción a suscripción mediante Azure Resource Manager.</translation>
    </message>
    <message>
        <source>Without --resource-graph or --resource-manager, use Resource Graph above N subscriptions (default %1).</source>
        <translation>Sin --resource-graph ni --resource-manager, usar Resource Graph a partir de N suscripciones (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Accepted findings (the JSON the app&apos;s Findings tab exports): reported apart with their reason and ignored by --fail-on.</source>
        <translation>Hallazgos aceptados (el JSON que exporta la pestaña Hallazgos de la aplicación): se informan aparte con su motivo y --fail-on los ignora.</translation>
    </message>
    <message>
        <source>Report language (en, es).</source>
        <translation>Idioma del informe (en, es).</translation>
    </message>
    <message>
        <source>unsupported --format &apos;%1&apos; (use %2)</source>
        <translation>--format &apos;%1&apos; no admitido (use %2)</translation>
    </message>
    <message>
        <source>json, csv or html</source>
        <translation>json, csv o html</translation>
    </message>
    <message>
        <source>--fail-on takes low, medium or high, not &apos;%1&apos;</source>
        <translation>--fail-on admite low, medium o high, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read --suppressions %1: %2</source>
        <translation>no se puede leer --suppressions %1: %2</translation>
    </message>
    <message>
        <source>--suppressions %1: %2</source>
        <translation>--suppressions %1: %2</translation>
    </message>
    <message>
        <source>choose one of --resource-graph and --resource-manager</source>
        <translation>elija --resource-graph o --resource-manager, no ambos</translation>
    </message>
    <message>
        <source>--graph-threshold needs a positive number</source>
        <translation>--graph-threshold necesita un número positivo</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--endpoint needs a URL such as http://127.0.0.1:5000</source>
        <translation>--endpoint necesita una URL como http://127.0.0.1:5000</translation>
    </message>
    <message>
        <source>unknown --cloud &apos;%1&apos;</source>
        <translation>--cloud &apos;%1&apos; desconocida</translation>
    </message>
    <message>
        <source>--auth secret needs --tenant and the AZURE_CLIENT_ID and AZURE_CLIENT_SECRET environment variables</source>
        <translation>--auth secret necesita --tenant y las variables de entorno AZURE_CLIENT_ID y AZURE_CLIENT_SECRET</translation>
    </message>
    <message>
        <source>--auth device needs the GUI; use azcli, secret or sandbox headless</source>
        <translation>--auth device necesita la interfaz gráfica; sin ella use azcli, secret o sandbox</translation>
    </message>
    <message>
        <source>unknown --auth &apos;%1&apos; (device, secret, azcli, sandbox)</source>
        <translation>--auth &apos;%1&apos; desconocido (device, secret, azcli, sandbox)</translation>
    </message>
    <message>
        <source>%1 · %2 subscription(s)</source>
        <translation>%1 · %2 suscripción(es)</translation>
    </message>
    <message>
        <source>findings at or above %1</source>
        <translation>hallazgos de gravedad %1 o superior</translation>
    </message>
    <message>
        <source>incomplete: %1 part(s) of the estate could not be read (subscriptions, tenants or accounts); see the report&apos;s errors</source>
        <translation>incompleto: %1 parte(s) del entorno no se pudieron leer (suscripciones, inquilinos o cuentas); vea los errores del informe</translation>
    </message>
    <message>
        <source>incomplete: %1 part(s) of the estate could not be read (subscriptions, tenants or accounts); see &quot;errors&quot;</source>
        <translation>incompleto: %1 parte(s) del entorno no se pudieron leer (suscripciones, inquilinos o cuentas); vea &quot;errors&quot;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and change who can reach your Azure Container Registries.</source>
        <translation>Vea y cambie quién puede acceder a sus registros de contenedores de Azure.</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox cloud.</source>
        <translation>Ejecutar en la nube de pruebas integrada.</translation>
    </message>
    <message>
        <source>User interface language (en, es).</source>
        <translation>Idioma de la interfaz (en, es).</translation>
    </message>
    <message>
        <source>Offer no actions that change Azure.</source>
        <translation>No ofrecer acciones que cambien Azure.</translation>
    </message>
    <message>
        <source>Redact identifiers for screenshots.</source>
        <translation>Ocultar identificadores para capturas de pantalla.</translation>
    </message>
    <message>
        <source>Sandbox scenario (default: demo).</source>
        <translation>Escenario de pruebas (predeterminado: demo).</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. See --help.</source>
        <translation>Argumento inesperado &apos;%1&apos;. Consulte --help.</translation>
    </message>
    <message>
        <source>Commands (no window; run over SSH or in pipelines):</source>
        <translation>Comandos (sin ventana; para SSH o canalizaciones):</translation>
    </message>
    <message>
        <source>Print the subscriptions, VNets, subnets and registries as JSON.</source>
        <translation>Imprime las suscripciones, redes virtuales, subredes y registros en JSON.</translation>
    </message>
    <message>
        <source>Audit who can reach the registries (JSON, CSV or HTML; --fail-on for CI).</source>
        <translation>Audita quién puede llegar a los registros (JSON, CSV o HTML; --fail-on para CI).</translation>
    </message>
    <message>
        <source>Show a command&apos;s options.</source>
        <translation>Muestra las opciones de un comando.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. See --help.</source>
        <translation>Comando desconocido &apos;%1&apos;. Vea --help.</translation>
    </message>
    <message>
        <source>See --help.</source>
        <translation>Vea --help.</translation>
    </message>
    <message>
        <source>The capture draws with DejaVu Sans; %1 is missing (Debian package fonts-dejavu-core).</source>
        <translation>La captura dibuja con DejaVu Sans; falta %1 (paquete de Debian fonts-dejavu-core).</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question, as typed</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes to a [y/N] question, as typed</comment>
        <translation>sí</translation>
    </message>
    <message>
        <source>See capture --help.</source>
        <translation>Consulte capture --help.</translation>
    </message>
    <message>
        <source>Sandbox scenario (default: training).</source>
        <translation>Escenario del entorno de pruebas (predeterminado: training).</translation>
    </message>
    <message>
        <source>Language (en, es).</source>
        <translation>Idioma (en, es).</translation>
    </message>
    <message>
        <source>Redact identifiers.</source>
        <translation>Ocultar los identificadores.</translation>
    </message>
    <message>
        <source>Main window size (default: 1280x800).</source>
        <translation>Tamaño de la ventana principal (predeterminado: 1280x800).</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Carpeta de salida.</translation>
    </message>
    <message>
        <source>Capture your own estate in this cloud instead, read-only: AzureCloud, AzureUSGovernment or AzureChinaCloud.</source>
        <translation>Capturar en su lugar su propio entorno en esta nube, en solo lectura: AzureCloud, AzureUSGovernment o AzureChinaCloud.</translation>
    </message>
    <message>
        <source>Capture the estate behind this ARM endpoint instead, read-only (a sandbox started elsewhere, or a custom cloud).</source>
        <translation>Capturar en su lugar el entorno detrás de este punto de conexión de ARM, en solo lectura (un entorno de pruebas iniciado aparte o una nube propia).</translation>
    </message>
    <message>
        <source>Tenant ID or domain (with --cloud or --endpoint).</source>
        <translation>Id. o dominio del inquilino (con --cloud o --endpoint).</translation>
    </message>
    <message>
        <source>Sign-in with --cloud or --endpoint: azcli (default; az login first), secret (AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and --tenant) or sandbox.</source>
        <translation>Inicio de sesión con --cloud o --endpoint: azcli (predeterminado; antes az login), secret (AZURE_CLIENT_ID, AZURE_CLIENT_SECRET y --tenant) o sandbox.</translation>
    </message>
    <message>
        <source>Send nothing that changes Azure (always so with --cloud or --endpoint).</source>
        <translation>No enviar nada que cambie Azure (siempre así con --cloud o --endpoint).</translation>
    </message>
    <message>
        <source>Capture the walkthrough on the sandbox: a PNG per step, the control to click outlined, and guide.md and guide.html. Two runs write the same bytes. With --cloud or --endpoint, capture your own estate instead — the inventory, the audit and the rules editor up to its review page — and send nothing; without --presentation it asks first.</source>
        <translation>Captura el tutorial en el entorno de pruebas: un PNG por paso, con el control en el que hacer clic resaltado, y guide.md y guide.html. Dos ejecuciones escriben los mismos bytes. Con --cloud o --endpoint captura en su lugar su propio entorno —el inventario, la auditoría y el editor de reglas hasta su página de revisión— sin enviar nada; sin --presentation pregunta antes.</translation>
    </message>
    <message>
        <source>--tenant and --auth need --cloud or --endpoint.</source>
        <translation>--tenant y --auth necesitan --cloud o --endpoint.</translation>
    </message>
    <message>
        <source>--scenario is for the built-in sandbox; --cloud and --endpoint capture what is there.</source>
        <translation>--scenario es para el entorno de pruebas integrado; --cloud y --endpoint capturan lo que hay.</translation>
    </message>
    <message>
        <source>--endpoint needs a URL such as https://management.example.com, not &apos;%1&apos;.</source>
        <translation>--endpoint necesita una URL como https://management.example.com, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown --cloud &apos;%1&apos;.</source>
        <translation>--cloud &apos;%1&apos; desconocida.</translation>
    </message>
    <message>
        <source>--auth sandbox signs in to a sandbox on this machine only.</source>
        <translation>--auth sandbox solo inicia sesión en un entorno de pruebas de esta máquina.</translation>
    </message>
    <message>
        <source>--auth secret needs --tenant and the AZURE_CLIENT_ID and AZURE_CLIENT_SECRET environment variables.</source>
        <translation>--auth secret necesita --tenant y las variables de entorno AZURE_CLIENT_ID y AZURE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>--auth must be azcli, secret or sandbox, not &apos;%1&apos; (a capture cannot wait for a device code: run az login first).</source>
        <translation>--auth debe ser azcli, secret o sandbox, no &apos;%1&apos; (una captura no puede esperar un código de dispositivo: ejecute antes az login).</translation>
    </message>
    <message>
        <source>Refusing to capture %1 without --presentation: the images and guides would show its subscription and tenant IDs, addresses and user names, and no one is at a terminal to agree. Add --presentation.</source>
        <translation>No se captura %1 sin --presentation: las imágenes y las guías mostrarían sus id. de suscripción y de inquilino, direcciones y nombres de usuario, y no hay nadie en un terminal para aceptarlo. Añada --presentation.</translation>
    </message>
    <message>
        <source>The images and guides will show the subscription and tenant IDs, addresses and user names of %1 (--presentation replaces them with placeholders). Capture anyway? [y/N] </source>
        <translation>Las imágenes y las guías mostrarán los id. de suscripción y de inquilino, las direcciones y los nombres de usuario de %1 (--presentation los sustituye por marcadores). ¿Capturar de todos modos? [s/N] </translation>
    </message>
    <message>
        <source>Nothing captured.</source>
        <translation>No se capturó nada.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--lang must be en or es, not &apos;%1&apos;.</source>
        <translation>--lang debe ser en o es, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 800x600 and 3840x2160, not &apos;%1&apos;.</source>
        <translation>--size debe ser ANCHOxALTO entre 800x600 y 3840x2160, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out es obligatorio.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Wrote %1 files to %2.</source>
        <translation>Se escribieron %1 archivos en %2.</translation>
    </message>
    <message>
        <source>Write the walkthrough as screenshots and a step guide (on the sandbox), or a read-only tour of your own estate.</source>
        <translation>Escribe el tutorial como capturas de pantalla y una guía paso a paso (en el entorno de pruebas), o un recorrido de solo lectura por su propio entorno.</translation>
    </message>
</context>
</TS>
