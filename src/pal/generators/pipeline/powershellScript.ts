/** The PowerShell that manages the link with Az.ManagementPartner, from the table of actions. */
import {LINK_ACTIONS, renderPlan, type LinkCommand} from './linkActions';
import type {PalAction} from './options';

const COMMANDS: Record<LinkCommand, string> = {
  show: 'Get-AzManagementPartner | Format-List',
  create: 'New-AzManagementPartner -PartnerId $partnerId',
  update: 'Update-AzManagementPartner -PartnerId $partnerId',
  remove: 'Remove-AzManagementPartner -PartnerId $partnerId',
};

/**
 * A message as a PowerShell string: single-quoted when it names no variable, otherwise
 * double-quoted with {current} and {partnerId} as variables (braced before a colon, which
 * PowerShell would read as a scope).
 */
function powershellText(message: string): string {
  if (!/\{(current|partnerId)\}/.test(message)) return `'${message}'`;
  const text = message.replace(/\{(current|partnerId)\}(:?)/g, (_, name: string, colon: string) => (colon ? `\${${name}}:` : `$${name}`));
  return `"${text}"`;
}

/**
 * The PowerShell that manages the link with Az.ManagementPartner. Expects PARTNER_ID in the
 * environment; `login` (GitLab) signs in first, the other platforms sign in before the script.
 */
export function powershellLinkScript(action: PalAction, login?: string): string {
  const lines: string[] = ["$ErrorActionPreference = 'Stop'", '$partnerId = $env:PARTNER_ID', ''];
  if (login) lines.push(login, '');
  lines.push(
    '# Az.ManagementPartner is not part of the Az module: install it when it is missing',
    'if (-not (Get-Module -ListAvailable -Name Az.ManagementPartner)) {',
    '  Install-Module -Name Az.ManagementPartner -Repository PSGallery -Scope CurrentUser -Force',
    '}',
    'Import-Module Az.ManagementPartner',
    '',
    '# Read the link first: $current stays $null when this identity has none',
    'try {',
    '  $current = (Get-AzManagementPartner).PartnerId',
    '  Write-Output "Linked partner ID before this run: $current"',
    '} catch {',
    "  if (\"$_\" -notmatch 'ManagementPartnerNotFound|not linked') { throw }",
    '  $current = $null',
    "  Write-Output 'No link before this run'",
    '}',
    '',
    ...renderPlan(LINK_ACTIONS[action], {
      ifNone: 'if (-not $current) {',
      elseIfSame: '} elseif ($current -eq $partnerId) {',
      orElse: '} else {',
      end: '}',
      ifOther: 'if ($current -ne $partnerId) {',
      step: (step) => {
        if ('run' in step) return [COMMANDS[step.run]];
        if ('say' in step) return [`Write-Output ${powershellText(step.say)}`];
        if ('warn' in step) return [`Write-Warning ${powershellText(step.warn)}`];
        return [`throw ${powershellText(step.fail)}`];
      },
      verify: [
        '$linked = (Get-AzManagementPartner).PartnerId',
        'if ($linked -ne $partnerId) {',
        '  throw "Read back $linked after the change, expected $partnerId"',
        '}',
        'Write-Output "Verified: linked to $linked"',
      ],
    }),
  );
  return lines.join('\n');
}
