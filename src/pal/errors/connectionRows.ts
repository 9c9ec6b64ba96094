/** No answer at all (offline, timed out, unreachable), and anything unexpected. */
import type {NetworkRow, UnexpectedRow} from './rows';

export const NETWORK_ROWS: readonly NetworkRow[] = [
  {
    kind: 'network',
    key: 'offline',
    reason: 'offline',
    title: 'Your browser is offline, so Azure could not be reached.',
    action: 'Reconnect to the internet and try again. Nothing was changed.',
    retryable: true,
  },
  {
    kind: 'network',
    key: 'timeout',
    reason: 'timeout',
    title: ({timeoutSeconds}) => `Azure did not answer within ${timeoutSeconds ?? 30} seconds.`,
    action: 'Try again. If you were changing the link, check the status first: the change may have been made.',
    retryable: true,
  },
  {
    kind: 'network',
    key: 'unreachable',
    title: 'Azure Resource Manager could not be reached.',
    action: 'Check your connection and any proxy or firewall that blocks management.azure.com, then try again.',
    retryable: true,
  },
];

export const UNEXPECTED_ROWS: readonly UnexpectedRow[] = [
  {
    kind: 'unexpected',
    key: 'unexpected',
    title: 'Something unexpected went wrong.',
    action: ({message}) => `Try again, or reload the page. Details: ${message}`,
    retryable: true,
  },
];
