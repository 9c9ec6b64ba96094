/**
 * The PAL-tagging script itself: principal, temporary secret, token, link read and written over
 * REST, read back, secret deleted, role assigned at each scope.
 */

/** The checked values the script is written from. */
export interface PalTagScriptValues {
  partnerName: string;
  partnerId: string;
  tenantId: string;
  roleId: string;
  roleName: string;
  secretHours: string;
  scopes: string[];
}

export function palTagScript(c: PalTagScriptValues): string {
  return `#!/usr/bin/env bash
# A dedicated PAL-tagging service principal: pal-${c.partnerName} in tenant ${c.tenantId},
# linked to partner ID ${c.partnerId}, holding ${c.roleName} at ${c.scopes.length === 1 ? 'one scope' : `${c.scopes.length} scopes`}, with no credential left.
# Run it (Azure Cloud Shell has az, curl and jq) as someone in the customer tenant who may register
# applications and assign roles at these scopes. It is safe to run again: it reuses the app.
set -euo pipefail

PARTNER_NAME="${c.partnerName}"
PARTNER_ID="${c.partnerId}"
TENANT_ID="${c.tenantId}"
ROLE_ID="${c.roleId}"
ROLE_NAME="${c.roleName}"
SECRET_HOURS=${c.secretHours}
SP_NAME="pal-\${PARTNER_NAME}"
SECRET_NAME="pal-link-once"
SCOPES=(
${c.scopes.map((scope) => `  "${scope}"`).join('\n')}
)

PAL_URL="https://management.azure.com/providers/Microsoft.ManagementPartner/partners"
API_VERSION="2018-02-01"

for TOOL in az curl jq; do
  if ! command -v "$TOOL" >/dev/null 2>&1; then
    echo "This script needs \${TOOL}: run it in Azure Cloud Shell, or install \${TOOL} first" >&2
    exit 1
  fi
done

BODY_FILE="$(mktemp)"
APP_ID=""
CLIENT_SECRET=""
ACCESS_TOKEN=""

# Deletes the temporary secret. Runs at the end, and on any exit, so it never outlives the script.
remove_secret() {
  if [ -n "$APP_ID" ]; then
    while read -r KEY_ID; do
      if [ -n "$KEY_ID" ]; then
        az ad app credential delete --id "$APP_ID" --key-id "$KEY_ID"
        echo "Deleted the temporary secret \${KEY_ID}"
      fi
    done < <(az ad app credential list --id "$APP_ID" --query "[?displayName=='\${SECRET_NAME}'].keyId" --output tsv)
  fi
  CLIENT_SECRET=""
  ACCESS_TOKEN=""
}

cleanup() {
  if ! remove_secret; then
    echo "Could not delete the temporary secret: list it with az ad app credential list --id \${APP_ID} and delete it" >&2
  fi
  rm -f "$BODY_FILE"
}
trap cleanup EXIT

# Calls the PAL API as the service principal. The token reaches curl on stdin, never on its command line.
pal_api() {
  local method="$1" url="$2"
  local args=(--silent --show-error --request "$method" --header @- --output "$BODY_FILE" --write-out '%{http_code}')
  if [ "$method" != "GET" ]; then
    args+=(--header "Content-Type: application/json" --data '')
  fi
  printf 'Authorization: Bearer %s\\n' "$ACCESS_TOKEN" | curl "\${args[@]}" "$url"
}

echo "1. Sign in to the customer tenant"
if [ "$(az account show --query tenantId --output tsv 2>/dev/null || true)" != "$TENANT_ID" ]; then
  az login --tenant "$TENANT_ID" --allow-no-subscriptions --output none
fi

echo "2. App registration and service principal \${SP_NAME}"
# An exact match: --display-name would also find names that merely start with this one
APP_ID="$(az ad app list --filter "displayName eq '\${SP_NAME}'" --query "[0].appId" --output tsv)"
if [ -z "$APP_ID" ]; then
  APP_ID="$(az ad app create --display-name "$SP_NAME" --sign-in-audience AzureADMyOrg --query appId --output tsv)"
  echo "Created the app registration \${APP_ID}"
else
  echo "Reusing the app registration \${APP_ID}"
fi
SP_OBJECT_ID="$(az ad sp list --filter "appId eq '\${APP_ID}'" --query "[0].id" --output tsv)"
if [ -z "$SP_OBJECT_ID" ]; then
  SP_OBJECT_ID="$(az ad sp create --id "$APP_ID" --query id --output tsv)"
fi
az ad app update --id "$APP_ID" \\
  --set notes="Partner Admin Link for \${PARTNER_NAME}, partner ID \${PARTNER_ID}. Holds no credentials."
echo "Client ID \${APP_ID}, service principal object ID \${SP_OBJECT_ID}"

echo "3. A temporary secret, valid for \${SECRET_HOURS} hours"
# GNU date (Linux, Cloud Shell); the second form is for macOS
if ! END_DATE="$(date -u -d "+\${SECRET_HOURS} hours" '+%Y-%m-%dT%H:%M:%S+00:00' 2>/dev/null)"; then
  END_DATE="$(date -u -v+"\${SECRET_HOURS}"H '+%Y-%m-%dT%H:%M:%S+00:00')"
fi
CLIENT_SECRET="$(az ad app credential reset --id "$APP_ID" --append \\
  --display-name "$SECRET_NAME" --end-date "$END_DATE" --query password --output tsv)"

echo "4. A token for Azure Resource Manager, as the service principal"
for ATTEMPT in 1 2 3 4 5 6 7 8; do
  # The secret reaches curl on stdin, never on its command line
  if ACCESS_TOKEN="$(printf '%s' "$CLIENT_SECRET" | curl --silent --show-error \\
      --data-urlencode "client_id=\${APP_ID}" \\
      --data-urlencode "client_secret@-" \\
      --data-urlencode "scope=https://management.azure.com/.default" \\
      --data-urlencode "grant_type=client_credentials" \\
      "https://login.microsoftonline.com/\${TENANT_ID}/oauth2/v2.0/token" | jq -r '.access_token // empty')" &&
    [ -n "$ACCESS_TOKEN" ]; then
    break
  fi
  echo "No token yet (attempt \${ATTEMPT} of 8): a new secret takes a little while to be accepted everywhere"
  sleep 15
done
if [ -z "$ACCESS_TOKEN" ]; then
  echo "Still no token. Check the tenant ID and run the script again: it reuses the app." >&2
  exit 1
fi

echo "5. Link to partner ID \${PARTNER_ID}, reading the link first"
STATUS="$(pal_api GET "\${PAL_URL}?api-version=\${API_VERSION}")"
CURRENT=""
if [ "$STATUS" = "200" ]; then
  CURRENT="$(jq -r '.properties.partnerId // empty' "$BODY_FILE")"
elif [ "$STATUS" != "404" ]; then
  echo "Reading the link failed with HTTP \${STATUS}:" >&2
  cat "$BODY_FILE" >&2
  exit 1
fi

if [ "$CURRENT" = "$PARTNER_ID" ]; then
  echo "Already linked to \${PARTNER_ID}"
elif [ -n "$CURRENT" ]; then
  echo "The principal is linked to \${CURRENT}, not \${PARTNER_ID}. Left unchanged: agree the change with the customer first." >&2
  exit 1
else
  STATUS="$(pal_api PUT "\${PAL_URL}/\${PARTNER_ID}?api-version=\${API_VERSION}")"
  if [ "$STATUS" != "200" ] && [ "$STATUS" != "201" ]; then
    echo "Creating the link failed with HTTP \${STATUS}:" >&2
    cat "$BODY_FILE" >&2
    echo "On PartnerIdInvalid, check the ID for typos and use the Associated Partner ID from Partner Center (typically a location ID)." >&2
    exit 1
  fi
  echo "Linked to \${PARTNER_ID}"
fi

echo "6. Read the link back"
STATUS="$(pal_api GET "\${PAL_URL}?api-version=\${API_VERSION}")"
if [ "$STATUS" != "200" ]; then
  echo "Reading the link back failed with HTTP \${STATUS}" >&2
  exit 1
fi
jq '.properties | {partnerId, partnerName, tenantId, objectId, state}' "$BODY_FILE"
LINK_CHECK="$(jq -r --arg p "$PARTNER_ID" --arg t "$TENANT_ID" --arg o "$SP_OBJECT_ID" \\
  '.properties | if .partnerId == $p and (.tenantId | ascii_downcase) == ($t | ascii_downcase)
    and (.objectId | ascii_downcase) == ($o | ascii_downcase) and .state == "Active" then "ok" else "mismatch" end' "$BODY_FILE")"
if [ "$LINK_CHECK" != "ok" ]; then
  echo "The link does not match: expected partner ID \${PARTNER_ID}, tenant \${TENANT_ID}, object ID \${SP_OBJECT_ID}, state Active" >&2
  exit 1
fi

echo "7. Delete the temporary secret"
remove_secret
echo "Credentials left on the app (both lists should be empty):"
az ad app credential list --id "$APP_ID" --output table
az ad app credential list --id "$APP_ID" --cert --output table

echo "8. Assign \${ROLE_NAME} at each scope"
for SCOPE in "\${SCOPES[@]}"; do
  az role assignment create \\
    --assignee-object-id "$SP_OBJECT_ID" \\
    --assignee-principal-type ServicePrincipal \\
    --role "$ROLE_ID" \\
    --scope "$SCOPE" \\
    --description "Partner Admin Link: \${PARTNER_NAME}" \\
    --output none
  echo "Assigned on \${SCOPE}"
done

echo "Done. Keep these in your engagement records: client ID \${APP_ID}, object ID \${SP_OBJECT_ID}."
`;
}
