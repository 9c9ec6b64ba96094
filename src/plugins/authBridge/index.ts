/**
 * The sign-in redirect bridge: static/auth/redirect.html, the page Microsoft Entra ID returns
 * sign-ins to, loads auth/bridge.js, MSAL's redirect bridge bundled on its own (a few KB) so that
 * the page loads nothing else. This plugin bundles src/azure/live/redirectBridge.ts and adds it
 * to the client build as auth/bridge.js, so `docusaurus build` writes it and `docusaurus start`
 * serves it, however they are started.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {bundleBridge, BRIDGE_ASSET, BRIDGE_SOURCE} from './bundle';
import {emitAsset} from './emitAsset';

/** Where an older version of the build wrote the bridge; a copy left there would shadow this one. */
export const STALE_BRIDGE = join('static', BRIDGE_ASSET);

export function refuseStaleBridge(siteDir: string): void {
  if (existsSync(join(siteDir, STALE_BRIDGE))) {
    throw new Error(
      `${STALE_BRIDGE} is left over from an older build script and would be served instead of the bridge this build bundles. Delete it; the auth-bridge plugin writes auth/bridge.js into the build.`,
    );
  }
}

export default function authBridge(context: LoadContext): Plugin {
  return {
    name: 'auth-bridge',
    loadContent: () => {
      refuseStaleBridge(context.siteDir);
      return bundleBridge(context.siteDir);
    },
    getPathsToWatch: () => [`${context.siteDir}/${BRIDGE_SOURCE}`],
    configureWebpack(_config, isServer, {currentBundler}, bridge) {
      if (isServer) return {};
      return {plugins: [emitAsset(currentBundler, 'auth-bridge', BRIDGE_ASSET, bridge as string)]};
    },
  };
}
