import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {request, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startServer} from '../../../scripts/serve.mjs';

/** A raw GET: the path goes out exactly as written, malformed escapes included. */
function get(port: number, path: string): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port, path}, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({status: res.statusCode ?? 0, body}));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the test server', () => {
  let dir: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pal-serve-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
    writeFileSync(join(dir, 'staticwebapp.config.json'), JSON.stringify({globalHeaders: {'X-Frame-Options': 'DENY'}, routes: []}));
    server = await startServer(dir, 0);
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => {
    server.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it('answers 400 to a malformed %-escape, and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/docs/%zz']) {
      const answer = await get(port, path);
      expect(answer.status, path).toBe(400);
      expect(answer.body).toContain('malformed');
    }
    expect((await get(port, '/')).status).toBe(200);
  });

  it('still decodes well-formed escapes and answers 404 for what is not there', async () => {
    expect((await get(port, '/%69ndex')).status).toBe(200);
    expect((await get(port, '/missing%20page')).status).toBe(404);
  });
});
