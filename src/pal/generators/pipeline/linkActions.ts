/**
 * What each pipeline action does with the link it read first, in one table that the bash and
 * the PowerShell builders both render. Every action reads before it writes: create never moves a
 * link that points to another partner ID, update moves it only when it differs, delete removes
 * only our own ID.
 *
 * Messages name the link read first as {current} and the wanted partner ID as {partnerId};
 * each builder writes them the way its language reads a variable.
 */
import type {PalAction} from './options';

/** The link operations a script can run. */
export type LinkCommand = 'show' | 'create' | 'update' | 'remove';

export type LinkStep =
  | {say: string}
  | {run: LinkCommand}
  /** An error in the job's log, and the script stops with a failure. */
  | {fail: string}
  | {warn: string}
  /** Steps run only when the link points to another partner ID. */
  | {ifOther: LinkStep[]};

export interface LinkActionPlan {
  /** When this identity has no link. */
  none: LinkStep[];
  /** When it has one: either `linked` for every link, or `same` and `other` apart. */
  linked?: LinkStep[];
  same?: LinkStep[];
  other?: LinkStep[];
  /** Read the link back afterwards and fail unless it is the wanted partner ID. */
  verify: boolean;
}

const ALREADY_LINKED: LinkStep = {say: 'Already linked to {partnerId}: nothing to change'};

export const LINK_ACTIONS: Record<PalAction, LinkActionPlan> = {
  show: {
    none: [{say: 'This identity has no Partner Admin Link in this tenant'}],
    linked: [{run: 'show'}, {ifOther: [{warn: 'Linked to {current}, not to {partnerId}'}]}],
    verify: false,
  },
  create: {
    none: [{run: 'create'}],
    same: [ALREADY_LINKED],
    other: [{fail: 'Linked to {current}, not to {partnerId}. Left unchanged: run an update pipeline to move the link on purpose.'}],
    verify: true,
  },
  update: {
    none: [{run: 'create'}],
    same: [ALREADY_LINKED],
    other: [{say: 'Moving the link from {current} to {partnerId}'}, {run: 'update'}],
    verify: true,
  },
  delete: {
    none: [{say: 'No link to remove'}],
    same: [{run: 'remove'}, {say: 'Link to {partnerId} removed'}],
    other: [{fail: 'Linked to {current}, not to {partnerId}. Left unchanged.'}],
    verify: false,
  },
};

/** How a language writes each part of an action's plan. */
export interface ScriptDialect {
  /** The three-way branch on the link read first. */
  ifNone: string;
  elseIfSame: string;
  orElse: string;
  end: string;
  ifOther: string;
  step(step: Exclude<LinkStep, {ifOther: LinkStep[]}>): string[];
  /** The read-back after a change. */
  verify: string[];
}

/** The lines of an action's plan, in the dialect of one language. */
export function renderPlan(plan: LinkActionPlan, dialect: ScriptDialect): string[] {
  const block = (steps: LinkStep[], depth: number): string[] => {
    const pad = '  '.repeat(depth);
    return steps.flatMap((step) =>
      'ifOther' in step
        ? [pad + dialect.ifOther, ...block(step.ifOther, depth + 1), pad + dialect.end]
        : dialect.step(step).map((line) => pad + line),
    );
  };
  const lines = [dialect.ifNone, ...block(plan.none, 1)];
  if (plan.linked) lines.push(dialect.orElse, ...block(plan.linked, 1));
  else lines.push(dialect.elseIfSame, ...block(plan.same ?? [], 1), dialect.orElse, ...block(plan.other ?? [], 1));
  lines.push(dialect.end);
  if (plan.verify) lines.push('', ...dialect.verify);
  return lines;
}
