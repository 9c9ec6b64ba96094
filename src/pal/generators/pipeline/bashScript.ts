/** The bash that manages the link, with the Azure CLI or `az rest`, from the table of actions. */
import {LINK_ACTIONS, renderPlan, type LinkCommand} from './linkActions';
import type {PalAction, Platform} from './options';

/** How a platform's log shows an error or a warning line from a bash script. */
interface Reporter {
  error(message: string): string;
  warning(message: string): string;
}

const REPORTERS: Record<Platform, Reporter> = {
  github: {error: (m) => `echo "::error::${m}"`, warning: (m) => `echo "::warning::${m}"`},
  'azure-devops': {
    error: (m) => `echo "##vso[task.logissue type=error]${m}"`,
    warning: (m) => `echo "##vso[task.logissue type=warning]${m}"`,
  },
  gitlab: {error: (m) => `echo "ERROR: ${m}" >&2`, warning: (m) => `echo "WARNING: ${m}" >&2`},
};

interface BashCommands extends Record<LinkCommand, string> {
  setup: string[];
  /** Prints the linked partner ID; fails with ManagementPartnerNotFound when there is none. */
  read: string;
}

const REST_QUERY = '"properties.{partnerId: partnerId, partnerName: partnerName, tenantId: tenantId, objectId: objectId, state: state}"';

const BASH: Record<'cli' | 'rest', BashCommands> = {
  cli: {
    setup: ['az extension add --name managementpartner --only-show-errors'],
    read: 'az managementpartner show --query partnerId --output tsv',
    show: 'az managementpartner show --output table',
    create: 'az managementpartner create --partner-id "$PARTNER_ID" --output table',
    update: 'az managementpartner update --partner-id "$PARTNER_ID" --output table',
    remove: 'az managementpartner delete --partner-id "$PARTNER_ID"',
  },
  rest: {
    setup: [
      'PAL_URL="https://management.azure.com/providers/Microsoft.ManagementPartner/partners"',
      'API_VERSION="api-version=2018-02-01"',
    ],
    read: 'az rest --method get --url "${PAL_URL}?${API_VERSION}" --query properties.partnerId --output tsv',
    show: `az rest --method get --url "\${PAL_URL}?\${API_VERSION}" --query ${REST_QUERY} --output table`,
    create: `az rest --method put --url "\${PAL_URL}/\${PARTNER_ID}?\${API_VERSION}" --query ${REST_QUERY} --output table`,
    update: `az rest --method patch --url "\${PAL_URL}/\${PARTNER_ID}?\${API_VERSION}" --query ${REST_QUERY} --output table`,
    remove: 'az rest --method delete --url "${PAL_URL}/${PARTNER_ID}?${API_VERSION}"',
  },
};

/** A message with {current} and {partnerId} as bash variables. */
function bashText(message: string): string {
  return message.replaceAll('{current}', '${CURRENT}').replaceAll('{partnerId}', '${PARTNER_ID}');
}

/**
 * The bash that manages the link, for the Azure CLI or `az rest`. Expects PARTNER_ID in the
 * environment and a signed-in Azure CLI.
 */
export function bashLinkScript(tool: 'cli' | 'rest', action: PalAction, platform: Platform): string {
  const c = BASH[tool];
  const report = REPORTERS[platform];
  const lines: string[] = [
    'set -euo pipefail',
    ...c.setup,
    '',
    'ERR_FILE="$(mktemp)"',
    'trap \'rm -f "$ERR_FILE"\' EXIT',
    '',
    '# Read the link first: CURRENT stays empty when this identity has none',
    `if CURRENT="$(${c.read} 2>"$ERR_FILE")"; then`,
    '  echo "Linked partner ID before this run: ${CURRENT}"',
    'elif grep -q "ManagementPartnerNotFound" "$ERR_FILE"; then',
    '  CURRENT=""',
    '  echo "No link before this run"',
    'else',
    '  cat "$ERR_FILE" >&2',
    '  exit 1',
    'fi',
    '',
    ...renderPlan(LINK_ACTIONS[action], {
      ifNone: 'if [ -z "$CURRENT" ]; then',
      elseIfSame: 'elif [ "$CURRENT" = "$PARTNER_ID" ]; then',
      orElse: 'else',
      end: 'fi',
      ifOther: 'if [ "$CURRENT" != "$PARTNER_ID" ]; then',
      step: (step) => {
        if ('run' in step) return [c[step.run]];
        if ('say' in step) return [`echo "${bashText(step.say)}"`];
        if ('warn' in step) return [report.warning(bashText(step.warn))];
        return [report.error(bashText(step.fail)), 'exit 1'];
      },
      verify: [
        `LINKED="$(${c.read})"`,
        'if [ "$LINKED" != "$PARTNER_ID" ]; then',
        `  ${report.error('Read back ${LINKED:-no link} after the change, expected ${PARTNER_ID}')}`,
        '  exit 1',
        'fi',
        'echo "Verified: linked to ${LINKED}"',
      ],
    }),
  ];
  return lines.join('\n');
}
