import {describe, expect, it} from 'vitest';
import {
  HOW_AUTOMATION_SIGNS_IN,
  WHO_MAKES_CHANGES,
  route,
  toggle,
  visibleQuestions,
  type ScenarioSelection,
} from '../../../src/pal/scenarios';

const pages = (selection: ScenarioSelection) => route(selection).results.map((r) => r.to);

/** Ticks answers one after the other, the way a reader does. */
function tick(...answers: Array<[string, string]>): ScenarioSelection {
  return answers.reduce<ScenarioSelection>((selection, [question, value]) => toggle(selection, question, value, true), {});
}

describe('scenario routing', () => {
  it('leads nowhere before any answer and asks only the first question', () => {
    expect(route({})).toEqual({results: [], unanswered: []});
    expect(visibleQuestions({}).map((q) => q.id)).toEqual(['who']);
  });

  it('sends a CSP partner to the CSP section of Understanding PAL', () => {
    const [csp] = route(tick(['who', 'csp'])).results;
    expect(csp.to).toBe('/understanding-pal#csp');
    expect(csp.why).toMatch(/AOBO/);
    expect(csp.why).toMatch(/Azure Lighthouse/);
  });

  it('gives people their page and the PAL doctor for checking every tenant', () => {
    const [people] = route(tick(['who', 'people'])).results;
    expect(people.to).toBe('/users-and-guests');
    expect(people.also?.to).toBe('/pal-doctor');
    expect(people.also?.text).toMatch(/check all your tenants at once/);
  });

  it('lists every page for several answers, in the order the question lists them', () => {
    expect(pages(tick(['who', 'nobody'], ['who', 'people'], ['who', 'csp']))).toEqual([
      '/users-and-guests',
      '/pal-tagging-service-principal',
      '/understanding-pal#csp',
    ]);
  });

  it('asks how automation signs in, and waits for that answer before naming a page', () => {
    const selection = tick(['who', 'automation']);
    expect(visibleQuestions(selection)).toEqual([WHO_MAKES_CHANGES, HOW_AUTOMATION_SIGNS_IN]);
    expect(route(selection)).toEqual({results: [], unanswered: [HOW_AUTOMATION_SIGNS_IN]});
  });

  it('routes several kinds of automation at once: OIDC and Terraform, with people beside them', () => {
    const selection = tick(['who', 'people'], ['who', 'automation'], ['how', 'terraform'], ['how', 'oidc']);
    expect(pages(selection)).toEqual(['/users-and-guests', '/workload-identities', '/terraform']);
    expect(route(selection).unanswered).toEqual([]);
  });

  it('drops the automation answers when automation is unticked, and does not bring them back', () => {
    let selection = tick(['who', 'automation'], ['how', 'secret'], ['who', 'lighthouse']);
    expect(pages(selection)).toEqual(['/service-principals', '/lighthouse']);
    selection = toggle(selection, 'who', 'automation', false);
    expect(selection).toEqual({who: ['lighthouse']});
    expect(pages(selection)).toEqual(['/lighthouse']);
    selection = toggle(selection, 'who', 'automation', true);
    expect(route(selection).unanswered).toEqual([HOW_AUTOMATION_SIGNS_IN]);
    expect(pages(selection)).toEqual(['/lighthouse']);
  });

  it('unticks one answer and keeps the others', () => {
    const selection = toggle(tick(['who', 'people'], ['who', 'csp']), 'who', 'people', false);
    expect(pages(selection)).toEqual(['/understanding-pal#csp']);
  });

  it('ticking the same answer twice keeps it once', () => {
    expect(tick(['who', 'csp'], ['who', 'csp'])).toEqual({who: ['csp']});
  });

  it('every answer reaches a page, directly or through its follow-up, and every page is reachable', () => {
    const reached = new Set<string>();
    for (const choice of WHO_MAKES_CHANGES.choices) {
      expect(Boolean(choice.result) !== Boolean(choice.next), choice.value).toBe(true);
      if (choice.result) reached.add(choice.result.to);
      for (const follow of choice.next?.choices ?? []) reached.add(follow.result!.to);
    }
    expect([...reached].sort()).toEqual(
      [
        '/lighthouse',
        '/pal-tagging-service-principal',
        '/service-principals',
        '/terraform',
        '/understanding-pal#csp',
        '/users-and-guests',
        '/workload-identities',
      ].sort(),
    );
  });
});
