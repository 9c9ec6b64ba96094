/**
 * Throttling through the real Azure SDK client and pipeline and the live session's pacer,
 * with a fake HTTP client in place of the network: a long Retry-After is reported at once
 * with the wait Azure asked for, a short one is waited and the call tried again, up to the
 * pacer's limit.
 */
import {ACEProvisioningManagementPartnerAPI} from '@azure/arm-managementpartner';
import {createHttpHeaders, type HttpClient, type PipelineRequest} from '@azure/core-rest-pipeline';
import type {AuthenticationResult} from '@azure/msal-browser';
import {describe, expect, it} from 'vitest';
import {armCall, clientOptions, credentialFrom} from '../../../src/azure/live/armCall';
import {createPacer, PACER_SETTINGS} from '../../../src/azure/live/pacing';
import {failureOf, FailureError} from '../../../src/pal/failures';
import {explainFailure} from '../../../src/pal/errors';

type Answer = {status: number; headers?: Record<string, string>; body?: unknown};

/** A client whose requests get `answers` in turn (the last one repeats); records when each came. */
function clientAnswering(...answers: Answer[]) {
  const times: number[] = [];
  const httpClient: HttpClient = {
    async sendRequest(request: PipelineRequest) {
      times.push(Date.now());
      const answer = answers[Math.min(times.length - 1, answers.length - 1)];
      return {
        request,
        status: answer.status,
        headers: createHttpHeaders({'content-type': 'application/json', ...answer.headers}),
        bodyAsText: JSON.stringify(answer.body ?? {}),
      };
    },
  };
  const token = {accessToken: 'token', expiresOn: new Date(Date.now() + 3_600_000)} as AuthenticationResult;
  const client = new ACEProvisioningManagementPartnerAPI(credentialFrom(token), {...clientOptions, httpClient});
  const pacer = createPacer();
  const read = () => pacer.run({host: 'arm', scope: 'arm|t', priority: 0}, () => armCall('read-link', (abortSignal) => client.partners.get({abortSignal})));
  return {read, times, pacer};
}

const THROTTLED = {code: 'TooManyRequests', message: 'Rate limit exceeded.'};
const LINKED = {status: 200, body: {name: '4567891', properties: {partnerId: '4567891'}}};

async function failureFrom(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return failureOf(error, 'read-link');
  }
  throw new Error('expected a failure');
}

describe('ARM throttling', () => {
  it('a Retry-After longer than we wait on a page is reported at once, with the wait Azure asked for', async () => {
    const {read, times} = clientAnswering({status: 429, headers: {'Retry-After': '120'}, body: {error: THROTTLED}});
    const started = Date.now();
    const failure = await failureFrom(read());
    expect(Date.now() - started).toBeLessThan(2000);
    expect(times).toHaveLength(1);
    expect(failure).toMatchObject({kind: 'arm', status: 429, code: 'TooManyRequests', retryAfterSeconds: 120, waitedSeconds: undefined});
    const said = explainFailure(failure);
    expect(said.title).toContain('asked to wait 120 s (about 2 minutes), longer than PAL Guide waits on a page, so it gave up without trying again');
    expect(said.action).toMatch(/^Wait 120 s \(about 2 minutes\), then try again\. Nothing was changed/);
  });

  it('a short Retry-After is waited, the answer after it is used, and ARM\'s concurrency is lowered', async () => {
    const {read, times, pacer} = clientAnswering({status: 429, headers: {'Retry-After': '1'}, body: {error: THROTTLED}}, LINKED);
    await expect(read()).resolves.toMatchObject({partnerId: '4567891'});
    expect(times).toHaveLength(2);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
    // Halved on the 429, then one back for the success.
    expect(pacer.limitOf('arm')).toBe(PACER_SETTINGS.hosts.arm.initial / 2 + 1);
  });

  it('throttled on every attempt: given up after the pacer\'s attempts, saying how long it waited in all', async () => {
    const {read, times} = clientAnswering({status: 429, headers: {'Retry-After': '1'}, body: {error: THROTTLED}});
    const failure = await failureFrom(read());
    expect(times).toHaveLength(PACER_SETTINGS.maxAttempts);
    expect(failure).toMatchObject({status: 429, retryAfterSeconds: 1, waitedSeconds: PACER_SETTINGS.maxAttempts - 1, attempts: PACER_SETTINGS.maxAttempts});
    const said = explainFailure(failure);
    expect(said.title).toContain(`PAL Guide waited 4 s in all and tried ${PACER_SETTINGS.maxAttempts} times, but Azure was still throttling and now asks to wait 1 s.`);
    expect(said.retryable).toBe(true);
  }, 15_000);

  it('still throttled after the wait: says it waited and tried again, and what Azure asks now', async () => {
    const {read, times} = clientAnswering(
      {status: 429, headers: {'Retry-After': '1'}, body: {error: THROTTLED}},
      {status: 429, headers: {'Retry-After': '45'}, body: {error: THROTTLED}},
    );
    const failure = await failureFrom(read());
    expect(times).toHaveLength(2);
    expect(failure).toMatchObject({status: 429, retryAfterSeconds: 45, waitedSeconds: 1});
    expect(explainFailure(failure).title).toContain('It asked to wait 1 s; PAL Guide waited and tried again, but Azure was still throttling and now asks to wait 45 s.');
  });

  it('a 429 without Retry-After is tried again after a second', async () => {
    const {read, times} = clientAnswering({status: 429, body: {error: THROTTLED}}, LINKED);
    await expect(read()).resolves.toMatchObject({partnerId: '4567891'});
    expect(times).toHaveLength(2);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
  });

  it('a 429 that said no wait and was never tried again says so', () => {
    expect(explainFailure({kind: 'arm', operation: 'read-link', status: 429}).title).toContain('did not say how long to wait, so PAL Guide gave up without trying again');
  });

  it('leaves other failures to the SDK: a 503 without Retry-After is retried with back-off', async () => {
    const {read, times} = clientAnswering({status: 503, body: {error: {code: 'ServiceUnavailable', message: 'Later'}}});
    const failure = await failureFrom(read());
    expect(times).toHaveLength(1 + clientOptions.retryOptions.maxRetries);
    expect(failure).toMatchObject({kind: 'arm', status: 503});
  });

  it('Entra ID throttling a token request (AADSTS90055) is waited out and tried again, then explained if it persists', async () => {
    const pacer = createPacer({...PACER_SETTINGS, maxAttempts: 2});
    const throttled = new FailureError({kind: 'auth', operation: 'token', code: 'temporarily_unavailable', aadsts: '90055'});
    let sent = 0;
    const started = Date.now();
    const error = await pacer
      .run({host: 'login', scope: 'login|t', priority: 0}, async () => {
        sent += 1;
        throw throttled;
      })
      .catch((e: unknown) => e);
    expect(sent).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    // Halved on each throttled answer: the retry was sent after the first cut.
    expect(pacer.limitOf('login')).toBe(PACER_SETTINGS.hosts.login.initial / 4);
    const said = explainFailure(failureOf(error, 'token'), {tenant: 'Fabrikam'});
    expect(said.title).toBe('Microsoft Entra ID is throttling token requests in Fabrikam: too many arrived at once. PAL Guide waited and tried 2 times, but it kept refusing.');
    expect(said.action).toContain('Retry');
  });
});
