import {RestError, type PipelinePolicy, type PipelineRequest, type PipelineResponse} from '@azure/core-rest-pipeline';
import {parseRetryAfter} from '../../pal/failures';

/**
 * The longest Retry-After worth waiting for on a page. The Azure SDK would wait as long as
 * ARM asks, but the whole call gives up after REQUEST_TIMEOUT_SECONDS (30 s), so a long
 * wait used to end as "did not answer within 30 seconds". Waits up to this long are waited
 * once, then retried; anything longer is reported at once, with the wait Azure asked for.
 */
export const MAX_THROTTLE_WAIT_SECONDS = 10;

/** What happened with a throttled request, for the reader. */
export interface Throttling {
  status: number;
  /** The wait Azure asked for in its last answer, if it said. */
  retryAfterSeconds?: number;
  /** How long PAL Guide waited before it tried again; undefined when it gave up at once. */
  waitedSeconds?: number;
}

const throttled = new WeakMap<object, Throttling>();

/** The throttling behind an error thrown by throttlingPolicy, if it is one. */
export function throttlingOf(error: unknown): Throttling | undefined {
  return typeof error === 'object' && error !== null ? throttled.get(error) : undefined;
}

/** Retry-After in seconds, from the headers ARM and the SDK know (milliseconds ones included). */
function retryAfterSeconds(response: PipelineResponse): number | undefined {
  for (const header of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(response.headers.get(header));
    if (response.headers.get(header) && Number.isFinite(ms)) return Math.ceil(ms / 1000);
  }
  return parseRetryAfter(response.headers.get('retry-after'));
}

function errorCode(response: PipelineResponse): string | undefined {
  try {
    const body = JSON.parse(response.bodyAsText ?? '') as {error?: {code?: string}; code?: string};
    return body.error?.code ?? body.code;
  } catch {
    return undefined;
  }
}

function wait(ms: number, signal: PipelineRequest['abortSignal']): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      },
      {once: true},
    );
  });
}

/**
 * Handles 429 (and 503 with Retry-After) before the SDK's own retry sees it: waits once when
 * the wait fits, else gives up. The error it throws carries no response, so the SDK does not
 * retry it either; `throttlingOf` tells what happened.
 */
export function throttlingPolicy(maxWaitSeconds: number = MAX_THROTTLE_WAIT_SECONDS): PipelinePolicy {
  return {
    name: 'palGuideThrottling',
    async sendRequest(request, next) {
      let waitedSeconds: number | undefined;
      for (;;) {
        const response = await next(request);
        const asked = retryAfterSeconds(response);
        const throttling = response.status === 429 || (response.status === 503 && asked !== undefined);
        if (!throttling) return response;
        if (waitedSeconds === undefined && asked !== undefined && asked <= maxWaitSeconds) {
          await wait(asked * 1000, request.abortSignal);
          waitedSeconds = asked;
          continue;
        }
        const error = new RestError(`Throttled (HTTP ${response.status})`, {statusCode: response.status, code: errorCode(response), request});
        throttled.set(error, {status: response.status, retryAfterSeconds: asked, waitedSeconds});
        throw error;
      }
    },
  };
}
