import {describe, expect, it} from 'vitest';
import {checkPowerShellBalance} from '../../snippets/powershellBalance';

describe('checkPowerShellBalance', () => {
  it.each([
    ['a plain command', "Connect-AzAccount -TenantId '8d3c5a1e-6f2b-4c7d-9e40-000000000001'"],
    ['nested brackets and a hashtable', '$params = @{ Scope = "/subscriptions/$($sub.Id)"; Roles = @("Owner", "Contributor") }\n$roles[0]'],
    ['escaped quotes in both string kinds', `'It''s linked' ; "Say ""hi"" and \`"bye\`""`],
    ['brackets and quotes inside strings', `Write-Host 'unbalanced ( [ { " here'; "and ) ] } ' here"`],
    ['a subexpression holding a string with a closing parenthesis', 'Write-Host "Linked: $((Get-AzManagementPartner).PartnerId + \')\')"'],
    ['a comment with stray characters', 'Get-AzContext # don\'t ( worry'],
    ['a block comment', '<#\n Shows the link ( of "the\n#>\nGet-AzManagementPartner'],
    ['a double here-string with a subexpression', '$body = @"\n{ "partnerId": "$($id)", "note": "it\'s (fine" \n"@\n$body'],
    ['a single here-string', "$text = @'\nNo $(expansion) here: \" ' ( [\n'@"],
    ['backtick line continuations', 'New-AzManagementPartner `\n  -PartnerId 4567891'],
    ['a braced variable name with parentheses', 'Get-ChildItem "${env:ProgramFiles(x86)}"\n${env:ProgramFiles(x86)}'],
    ['# inside a word', 'Write-Output abc#def'],
  ])('accepts %s', (_name, code) => {
    expect(checkPowerShellBalance(code)).toEqual([]);
  });

  it.each([
    ['an unclosed parenthesis', 'Get-Item (Join-Path $HOME "x"\nWrite-Host done', [{line: 1, message: "'(' opened here is never closed"}]],
    ['an unclosed single quote', "Write-Host 'done\nGet-Item x", [{line: 1, message: 'single-quoted string opened here is never closed'}]],
    ['an unclosed double quote', 'Write-Host "done\n', [{line: 1, message: 'double-quoted string opened here is never closed'}]],
    ['a stray closer', 'Get-Item x }\n', [{line: 1, message: "'}' has no matching opening bracket"}]],
    ['a mismatched closer', '$a = @(1, 2]\n', [{line: 1, message: "']' closes '(' opened on line 1"}]],
    ['a here-string whose end is indented', '$x = @"\nbody\n  "@\n', [{line: 1, message: 'here-string @" opened here is never closed'}]],
    [
      'an unclosed subexpression in a string (its closing quote opens a new string)',
      'Write-Host "$($a.Name"\n',
      [
        {line: 1, message: 'double-quoted string opened here is never closed'},
        {line: 1, message: "subexpression '$(' opened here is never closed"},
        {line: 1, message: 'double-quoted string opened here is never closed'},
      ],
    ],
    ['an unclosed block comment', '<# note\nGet-Item x', [{line: 1, message: "block comment '<#' opened here is never closed"}]],
    ['an unclosed braced variable', 'Write-Host ${env:Path', [{line: 1, message: "variable '${' is never closed with '}'"}]],
  ])('reports %s', (_name, code, problems) => {
    expect(checkPowerShellBalance(code)).toEqual(problems);
  });

  it('counts lines through continuations and strings', () => {
    const code = 'Write-Host `\n  "two\nlines" `\n  (1 + 2\n';
    expect(checkPowerShellBalance(code)).toEqual([{line: 4, message: "'(' opened here is never closed"}]);
  });

  it('reports every bracket still open at the end, outermost first', () => {
    expect(checkPowerShellBalance('if ($a) {\n  foreach ($b in @(1,\n')).toEqual([
      {line: 1, message: "'{' opened here is never closed"},
      {line: 2, message: "'(' opened here is never closed"},
      {line: 2, message: "'(' opened here is never closed"},
    ]);
  });
});
