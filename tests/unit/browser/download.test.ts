import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {downloadText, REVOKE_AFTER_MS} from '../../../src/browser/download';

/** Just enough of a DOM to watch the order of click, removal and revocation. */
function fakeDocument(events: string[]) {
  const anchor = {
    href: '',
    download: '',
    click: () => events.push(`click ${anchor.download} ${anchor.href}`),
    remove: () => events.push('remove'),
  };
  return {
    anchor,
    document: {createElement: () => anchor, body: {append: () => events.push('append')}},
  };
}

describe('downloadText', () => {
  let events: string[];
  let blobs: Blob[];

  beforeEach(() => {
    events = [];
    blobs = [];
    vi.useFakeTimers();
    vi.stubGlobal('document', fakeDocument(events).document);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void events.push(`revoke ${url}`));
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('clicks a link to the file, and revokes its URL only after the download has had time to start', async () => {
    downloadText('report.csv', 'text/csv', 'a,b\r\n1,2\r\n');
    expect(events).toEqual(['append', 'click report.csv blob:test/1', 'remove']);
    expect(blobs[0].type).toBe('text/csv');
    expect(await blobs[0].text()).toBe('a,b\r\n1,2\r\n');

    // Not in the same task, nor in the next ones: some browsers cancel the download then.
    vi.advanceTimersByTime(1000);
    expect(events).not.toContain('revoke blob:test/1');
    vi.advanceTimersByTime(REVOKE_AFTER_MS - 1000);
    expect(events.at(-1)).toBe('revoke blob:test/1');
  });
});
