/** Unsigned JWTs for the fakes: MSAL reads the claims but does not check the signature. */
export function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

export function makeJwt(claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({typ: 'JWT', alg: 'RS256', kid: 'fake-test-key'}));
  return `${header}.${base64url(JSON.stringify(claims))}.${base64url('not-a-real-signature')}`;
}

export function readJwt(token: string): Record<string, unknown> {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}
