/** The checks of the PAL-tagging generator's fields. */
import {lookupRole} from '../../roles';
import type {Check} from '../common';
import {MAX_SECRET_HOURS, splitResourceGroups} from './options';

export const checkPartnerName: Check = (value) => {
  const name = value.toLowerCase();
  return /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/.test(name) && !name.includes('--')
    ? {ok: true, value: name}
    : {
        ok: false,
        problem: 'A short name of lower-case letters, digits and single hyphens (for example contoso-consulting), up to 40 characters: the principal is called pal-<name>.',
      };
};

// Azure's rules, limited to ASCII: letters, digits, underscores, hyphens, periods and brackets; no period at the end.
const RESOURCE_GROUP = /^[A-Za-z0-9_().-]{1,90}$/;

export const checkResourceGroups: Check = (value) => {
  const names = splitResourceGroups(value);
  const bad = names.find((name) => !RESOURCE_GROUP.test(name) || name.endsWith('.'));
  return bad === undefined
    ? {ok: true, value: [...new Set(names)].join(', ')}
    : {
        ok: false,
        problem: `"${bad}" is not a resource group name: up to 90 letters, digits, underscores, hyphens, periods and brackets, not ending in a period. Separate several names with commas.`,
      };
};

export const checkManagementGroup: Check = (value) =>
  /^[A-Za-z0-9_().-]{1,90}$/.test(value) && !value.endsWith('.')
    ? {ok: true, value}
    : {
        ok: false,
        problem: 'Enter the management group ID (its name, such as mg-contoso-landingzones, not its display name): up to 90 letters, digits, hyphens, underscores, periods and brackets.',
      };

export const checkRole: Check = (value) =>
  lookupRole(value)?.pecEligible ? {ok: true, value: value.toLowerCase()} : {ok: false, problem: 'Pick a PEC-eligible built-in role from the list.'};

export const checkHours: Check = (value) => {
  const hours = Number(value);
  return /^\d{1,2}$/.test(value) && hours >= 1 && hours <= MAX_SECRET_HOURS
    ? {ok: true, value: String(hours)}
    : {ok: false, problem: `The secret lives 1 to ${MAX_SECRET_HOURS} whole hours; 2 is plenty for the script.`};
};
