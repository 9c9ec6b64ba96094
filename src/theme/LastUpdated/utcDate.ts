const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as English `Intl.DateTimeFormat` writes it with `{day: 'numeric', month: 'short',
 * year: 'numeric', timeZone: 'UTC'}` ("Dec 1, 2026"), without Intl: building a DateTimeFormat
 * loads locale data, one of the longest single steps when a page hydrates on a slow phone.
 */
export function formatUtcDate(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
