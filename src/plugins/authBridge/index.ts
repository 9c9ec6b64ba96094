/**
 * The sign-in redirect bridge: static/auth/redirect.html, the page Microsoft Entra ID returns
 * sign-ins to, loads auth/bridge.js, MSAL's redirect bridge bundled on its own (a few KB) so that
 * the page loads nothing else. This plugin bundles src/azure/live/redirectBridge.ts and adds it
 * to the client build as auth/bridge.js, so `docusaurus build` writes it and `docusaurus start`
 * serves it, however they are started.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {bundleBridge, BRIDGE_ASSET, BRIDGE_SOURCE} from './bundle';
import {emitAsset} from './emitAsset';

export default function authBridge(context: LoadContext): Plugin {
  return {
    name: 'auth-bridge',
    loadContent: () => bundleBridge(context.siteDir),
    getPathsToWatch: () => [`${context.siteDir}/${BRIDGE_SOURCE}`],
    configureWebpack(_config, isServer, {currentBundler}, bridge) {
      if (isServer) return {};
      return {plugins: [emitAsset(currentBundler, 'auth-bridge', BRIDGE_ASSET, bridge as string)]};
    },
  };
}
