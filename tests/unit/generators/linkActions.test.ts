/**
 * The pipeline's link scripts come from one table of actions: bash and PowerShell take the same
 * branches, say the same messages and run the same operations for every action.
 */
import {describe, expect, it} from 'vitest';
import {ACTIONS, bashLinkScript, powershellLinkScript} from '../../../src/pal/generators/pipeline';
import {LINK_ACTIONS} from '../../../src/pal/generators/pipeline/linkActions';

type Step = (typeof LINK_ACTIONS)[keyof typeof LINK_ACTIONS]['none'][number];

/** Every message of an action's plan, with {current} and {partnerId} in them. */
function planMessages(steps: readonly Step[]): string[] {
  return steps.flatMap((step) => ('say' in step ? [step.say] : 'warn' in step ? [step.warn] : 'fail' in step ? [step.fail] : 'ifOther' in step ? planMessages(step.ifOther) : []));
}

describe('the table of link actions', () => {
  it('has a row for every action the generator offers', () => {
    expect(Object.keys(LINK_ACTIONS).sort()).toEqual(ACTIONS.map((action) => action.value).sort());
  });

  for (const {value: action} of ACTIONS) {
    it(`${action}: bash and PowerShell say the same and write only when the table does`, () => {
      const bash = bashLinkScript('cli', action, 'github');
      const powershell = powershellLinkScript(action);
      const plan = LINK_ACTIONS[action];
      const said = planMessages([...plan.none, ...(plan.same ?? []), ...(plan.other ?? []), ...(plan.linked ?? [])]);
      expect(said.length).toBeGreaterThan(0);
      for (const message of said) {
        expect(bash).toContain(message.replaceAll('{current}', '${CURRENT}').replaceAll('{partnerId}', '${PARTNER_ID}'));
        // PowerShell braces a variable before a colon, which it would read as a scope.
        expect(powershell).toContain(message.replace(/\{(current|partnerId)\}(:?)/g, (_, name: string, colon: string) => (colon ? `\${${name}}:` : `$${name}`)));
      }
      const writes = [...plan.none, ...(plan.same ?? []), ...(plan.other ?? [])].flatMap((step) => ('run' in step && step.run !== 'show' ? [step.run] : []));
      expect(/managementpartner (create|update|delete)/.test(bash)).toBe(writes.length > 0);
      expect(/(New|Update|Remove)-AzManagementPartner/.test(powershell)).toBe(writes.length > 0);
      expect(bash.includes('Verified: linked to')).toBe(plan.verify);
      expect(powershell.includes('Verified: linked to')).toBe(plan.verify);
    });
  }
});
