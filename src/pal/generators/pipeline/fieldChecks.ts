/** The checks of the pipeline generator's own free-text fields, before any reaches a file. */
import type {Check} from '../common';

const GITLAB_SEGMENT = /^[a-z0-9_](?:[a-z0-9_.-]{0,253}[a-z0-9_-])?$/i;

export const checkGitlabProject: Check = (value) => {
  if (/^https?:\/\//i.test(value) || /gitlab\./i.test(value.split('/')[0] ?? '')) {
    return {ok: false, problem: 'Enter just the project path (for example contoso/platform/pal-automation), not the URL.'};
  }
  const segments = value.split('/');
  if (segments.length >= 2 && segments.every((segment) => GITLAB_SEGMENT.test(segment) && !segment.includes('..'))) {
    return {ok: true, value};
  }
  return {
    ok: false,
    problem:
      'A GitLab project path is group/project, or group/subgroup/project: letters, digits, dots, hyphens and underscores, separated by slashes.',
  };
};

/** A branch name that is safe to write into YAML, shell strings and a federated credential subject. */
export const checkBranch: Check = (value) => {
  if (
    /^[A-Za-z0-9._/-]{1,200}$/.test(value) &&
    !/^[-/.]|\/$|\/\/|\.\.|\.lock$|@\{|\.$/.test(value)
  ) {
    return {ok: true, value};
  }
  return {
    ok: false,
    problem: 'A branch name such as main or release/pal: letters, digits, dots, hyphens, underscores and slashes, with no spaces and no "..".',
  };
};

export const checkEnvironment: Check = (value) =>
  /^[A-Za-z0-9._-]{1,100}$/.test(value)
    ? {ok: true, value}
    : {
        ok: false,
        problem:
          'Use an environment name of letters, digits, dots, hyphens and underscores (for example pal). Other characters change how GitHub writes the subject.',
      };

export const checkServiceConnection: Check = (value) =>
  /^[A-Za-z0-9][A-Za-z0-9 ._()-]{0,99}$/.test(value)
    ? {ok: true, value}
    : {
        ok: false,
        problem: 'Enter the service connection name as shown in Project settings: letters, digits, spaces, dots, hyphens, underscores and brackets.',
      };

const CRON_FIELD = /^(\*|\d{1,2}(-\d{1,2})?)(\/\d{1,2})?(,(\*|\d{1,2}(-\d{1,2})?)(\/\d{1,2})?)*$/;
const CRON_DAY_NAMES = /^[A-Za-z]{3}(-[A-Za-z]{3})?(,[A-Za-z]{3}(-[A-Za-z]{3})?)*$/;

export const checkCron: Check = (value) => {
  const fields = value.split(/\s+/);
  const ok =
    fields.length === 5 &&
    fields.every((field, index) => CRON_FIELD.test(field) || ((index === 3 || index === 4) && CRON_DAY_NAMES.test(field)));
  return ok
    ? {ok: true, value: fields.join(' ')}
    : {
        ok: false,
        problem: 'A schedule is a cron expression of five fields (minute hour day-of-month month day-of-week, UTC), for example 0 6 * * 1 for Mondays at 06:00.',
      };
};
