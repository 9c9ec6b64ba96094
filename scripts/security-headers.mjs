// The response headers every host of the site sends. One definition, used by the test server
// and written into the hosts' configuration files.
export function securityHeaders(/* buildDir */) {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
