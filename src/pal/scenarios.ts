/**
 * The scenario guide on Overview: its questions, its answers and the pages each answer leads to.
 * Pure data and one routing function, so the rules can be tested without a browser.
 */

export interface ScenarioLink {
  to: string;
  text: string;
}

export interface ScenarioResult {
  /** The answer this result comes from. */
  choice: string;
  to: string;
  page: string;
  why: string;
  /** A further page the same answer should use, shown after `why`. */
  also?: ScenarioLink & {lead: string};
}

export interface ScenarioChoice {
  value: string;
  label: string;
  result?: Omit<ScenarioResult, 'choice'>;
  /** A follow-up question shown while this answer is selected. */
  next?: ScenarioQuestion;
}

export interface ScenarioQuestion {
  id: string;
  legend: string;
  hint: string;
  choices: ScenarioChoice[];
}

export const HOW_AUTOMATION_SIGNS_IN: ScenarioQuestion = {
  id: 'how',
  legend: 'How does that automation sign in to Azure?',
  hint: 'Select every kind you use.',
  choices: [
    {
      value: 'secret',
      label: 'A service principal with a client secret or certificate',
      result: {
        to: '/service-principals',
        page: 'Service principals',
        why: 'A service principal belongs to your company, so its link outlasts staff changes; it signs in to each customer tenant and links itself there.',
      },
    },
    {
      value: 'oidc',
      label: 'A pipeline using workload identity federation (OIDC), with no stored secret',
      result: {
        to: '/workload-identities',
        page: 'Workload identities',
        why: 'A federated identity can only sign in from its pipeline, so the link is made by a pipeline step running as that identity.',
      },
    },
    {
      value: 'terraform',
      label: 'Terraform deploys and changes the resources',
      result: {
        to: '/terraform',
        page: 'Terraform',
        why: 'The identity Terraform runs as is the one that needs the link and the eligible role, and both can live next to your configuration.',
      },
    },
  ],
};

export const WHO_MAKES_CHANGES: ScenarioQuestion = {
  id: 'who',
  legend: "Who makes the changes in the customer's Azure?",
  hint: 'Select every answer that applies.',
  choices: [
    {
      value: 'people',
      label: 'People, each with their own account in the customer tenant or as a guest',
      result: {
        to: '/users-and-guests',
        page: 'Users and guests',
        why: 'Each person links their own account, once in every customer tenant they work in.',
        also: {lead: 'Then', to: '/pal-doctor', text: 'check all your tenants at once with the PAL doctor'},
      },
    },
    {
      value: 'automation',
      label: 'Automation: scripts, pipelines or infrastructure as code',
      next: HOW_AUTOMATION_SIGNS_IN,
    },
    {
      value: 'lighthouse',
      label: 'Our people or automation, from our own tenant through Azure Lighthouse',
      result: {
        to: '/lighthouse',
        page: 'Azure Lighthouse',
        why: 'With Lighthouse your identities stay in your own tenant, so you link them once there instead of in every customer tenant.',
      },
    },
    {
      value: 'nobody',
      label: 'Nobody from us works in their Azure day to day (advisory work, or a project handed over)',
      result: {
        to: '/pal-tagging-service-principal',
        page: 'PAL-tagging service principal',
        why: 'A dedicated service principal, linked to your Partner ID and holding a small eligible role, keeps recognition where nobody needs standing access.',
      },
    },
    {
      value: 'csp',
      label: "We are a CSP partner (Cloud Solution Provider) and want partner earned credit on the customer's Azure plan",
      result: {
        to: '/understanding-pal#csp',
        page: 'CSP partners and partner earned credit',
        why: "Partner earned credit comes through admin on behalf of (AOBO), Azure Lighthouse or identities with eligible roles in the customer's tenant; PAL is what ties the last two to you.",
      },
    },
  ],
};

export const QUESTIONS: readonly ScenarioQuestion[] = [WHO_MAKES_CHANGES, HOW_AUTOMATION_SIGNS_IN];

/** The answers a reader has selected, per question id. */
export type ScenarioSelection = Readonly<Record<string, readonly string[]>>;

/** Follow-up questions opened by the selected answers to `question`, in the question's order. */
export function followUps(question: ScenarioQuestion, selection: ScenarioSelection): ScenarioQuestion[] {
  const picked = new Set(selection[question.id] ?? []);
  return question.choices.filter((c) => picked.has(c.value) && c.next).map((c) => c.next!);
}

/** Every question that is showing for this selection: the first one and the follow-ups it opened. */
export function visibleQuestions(selection: ScenarioSelection, first: ScenarioQuestion = WHO_MAKES_CHANGES): ScenarioQuestion[] {
  const shown: ScenarioQuestion[] = [];
  const visit = (question: ScenarioQuestion) => {
    if (shown.includes(question)) return;
    shown.push(question);
    followUps(question, selection).forEach(visit);
  };
  visit(first);
  return shown;
}

export interface ScenarioRoute {
  /** Every page to follow, in the order the questions list the answers; no page twice. */
  results: ScenarioResult[];
  /** Follow-up questions that are showing but have no answer yet. */
  unanswered: ScenarioQuestion[];
}

/**
 * The pages a selection leads to. Answers to a follow-up question count only while the answer
 * that opened it is selected, so unticking "Automation" drops Terraform and the rest.
 */
export function route(selection: ScenarioSelection, first: ScenarioQuestion = WHO_MAKES_CHANGES): ScenarioRoute {
  const results: ScenarioResult[] = [];
  const unanswered: ScenarioQuestion[] = [];
  const seen = new Set<string>();
  const walk = (question: ScenarioQuestion) => {
    const picked = new Set(selection[question.id] ?? []);
    if (picked.size === 0 && question !== first) unanswered.push(question);
    for (const choice of question.choices) {
      if (!picked.has(choice.value)) continue;
      if (choice.result && !seen.has(choice.result.to)) {
        seen.add(choice.result.to);
        results.push({choice: choice.value, ...choice.result});
      }
      if (choice.next) walk(choice.next);
    }
  };
  walk(first);
  return {results, unanswered};
}

/** The selection after ticking or unticking one answer; answers to closed follow-ups are dropped. */
export function toggle(
  selection: ScenarioSelection,
  questionId: string,
  value: string,
  checked: boolean,
  first: ScenarioQuestion = WHO_MAKES_CHANGES,
): ScenarioSelection {
  const current = selection[questionId] ?? [];
  const nextValues = checked ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const next: Record<string, readonly string[]> = {...selection, [questionId]: nextValues};
  const open = new Set(visibleQuestions(next, first).map((q) => q.id));
  for (const id of Object.keys(next)) if (!open.has(id)) delete next[id];
  return next;
}
