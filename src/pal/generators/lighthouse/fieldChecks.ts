/** The checks of the Lighthouse generator's own fields. */
import {lighthouseRole} from '../../lighthouseRoles';
import type {Check} from '../common';
import {durationMinutes} from './options';

export const checkDuration: Check = (value) => {
  const minutes = durationMinutes(value.toUpperCase());
  return minutes !== null && minutes >= 30 && minutes <= 480
    ? {ok: true, value: value.toUpperCase()}
    : {ok: false, problem: 'The maximum activation duration is an ISO 8601 duration from PT30M (30 minutes) to PT8H (8 hours), for example PT2H.'};
};

export const checkText =
  (what: string, max: number): Check =>
  (value) => {
    // Control characters include line breaks, which the portal would show as they are.
    if (/[\u0000-\u001f\u007f]/.test(value)) return {ok: false, problem: `The ${what} must be on one line.`};
    if (value.length > max) return {ok: false, problem: `The ${what} has ${value.length} characters; keep it to ${max}.`};
    return {ok: true, value};
  };

export const checkRole: Check = (value) =>
  lighthouseRole(value) ? {ok: true, value: value.toLowerCase()} : {ok: false, problem: 'Pick a built-in role from the list.'};

