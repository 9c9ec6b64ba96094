import {describe, expect, it} from 'vitest';
import {marksForLine, rangesByLine, segmentToken} from '../../../src/pal/valueMarks';
import {fillPlaceholders} from '../../../src/pal/yourValues';

const TENANT = '8d3c5a1e-6f2b-4c7d-9e40-000000000001';

describe('rangesByLine', () => {
  it('keys ranges by line text, with offsets from the start of the line', () => {
    const filled = fillPlaceholders('first\r\naz login --tenant <tenantId>\n\nPID=<partnerId> # <partnerId>', {
      tenantId: TENANT,
      partnerId: '4567891',
    });
    const byLine = rangesByLine(filled);
    expect([...byLine.keys()]).toEqual([`az login --tenant ${TENANT}`, 'PID=4567891 # 4567891']);
    expect(byLine.get(`az login --tenant ${TENANT}`)).toEqual([{start: 18, end: 54, field: 'tenantId'}]);
    expect(byLine.get('PID=4567891 # 4567891')).toEqual([
      {start: 4, end: 11, field: 'partnerId'},
      {start: 14, end: 21, field: 'partnerId'},
    ]);
  });

  it('merges the ranges of lines that read the same', () => {
    const text = `ID=<tenantId>\nID=${TENANT}\nID=<tenantId>`;
    const byLine = rangesByLine(fillPlaceholders(text, {tenantId: TENANT}));
    expect(byLine.get(`ID=${TENANT}`)).toEqual([{start: 3, end: 39, field: 'tenantId'}]);
  });

  it('is empty when nothing was filled', () => {
    expect(rangesByLine(fillPlaceholders('<tenantId>', {})).size).toBe(0);
  });
});

describe('marksForLine', () => {
  const byLine = rangesByLine(fillPlaceholders('--tenant "<tenantId>"', {tenantId: TENANT}));

  it('finds the line by its tokens and records where each token starts', () => {
    const tokens = [{content: '--tenant'}, {content: ' '}, {content: `"${TENANT}"`}];
    const marks = marksForLine(tokens, byLine);
    expect(marks?.ranges).toEqual([{start: 10, end: 46, field: 'tenantId'}]);
    expect(tokens.map((token) => marks?.offsets.get(token))).toEqual([0, 8, 9]);
  });

  it('is null for a line without values', () => {
    expect(marksForLine([{content: 'echo hello'}], byLine)).toBeNull();
  });
});

describe('segmentToken', () => {
  const ranges = [{start: 4, end: 10, field: 'partnerId' as const}];

  it('leaves a token outside every range whole', () => {
    expect(segmentToken('PID=', 0, ranges)).toEqual([{text: 'PID='}]);
    expect(segmentToken(' # done', 10, ranges)).toEqual([{text: ' # done'}]);
  });

  it('cuts a token around a value inside it', () => {
    expect(segmentToken('"PID=123456 ok"', -1, ranges)).toEqual([
      {text: '"PID='},
      {text: '123456', field: 'partnerId'},
      {text: ' ok"'},
    ]);
  });

  it('marks the part of a value each token holds when tokens split it', () => {
    // "123456" split as "12" | "34" | "56" at line offsets 4, 6, 8
    expect(segmentToken('=12', 3, ranges)).toEqual([{text: '='}, {text: '12', field: 'partnerId'}]);
    expect(segmentToken('34', 6, ranges)).toEqual([{text: '34', field: 'partnerId'}]);
    expect(segmentToken('56;', 8, ranges)).toEqual([{text: '56', field: 'partnerId'}, {text: ';'}]);
  });

  it('handles several values in one token', () => {
    const two = [
      {start: 0, end: 2, field: 'clientId' as const},
      {start: 3, end: 5, field: 'tenantId' as const},
    ];
    expect(segmentToken('ab/cd', 0, two)).toEqual([
      {text: 'ab', field: 'clientId'},
      {text: '/'},
      {text: 'cd', field: 'tenantId'},
    ]);
  });
});
