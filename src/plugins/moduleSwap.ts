/**
 * Swapping a module of Docusaurus for one of ours, checked: when the swapped module is not in
 * the finished module graph (a Docusaurus upgrade renamed or moved what the swap looks for),
 * the build fails and says which swap and what it looked for, instead of quietly undoing it.
 */
import type {CurrentBundler, Plugin} from '@docusaurus/types';
import type {WebpackPluginInstance} from 'webpack';

export interface ModuleSwap {
  /** Names the swap in the build error: the plugin's name. */
  name: string;
  /** The request to swap, as the importing module writes it (client modules: their absolute path). */
  request: RegExp;
  /** Only requests from modules in a folder that matches (the request alone would catch too much). */
  importedFrom?: RegExp;
  /** Absolute path of the module that stands in. */
  replacement: string;
  /** What the swap expects of Docusaurus, in words, for the build error. */
  expects: string;
}

/** The resolve data a replacement callback sees, in webpack and in Rspack. */
interface Resource {
  request: string;
  context: string;
}

/** The part of a compilation the check reads and writes, in webpack and in Rspack. */
export interface CheckedCompilation {
  modules: Iterable<{resource?: string}> | ReadonlySet<{resource?: string}>;
  errors: unknown[];
}

/** The build error of a swap that did not happen. */
export function missedSwapMessage(swap: ModuleSwap): string {
  return (
    `[${swap.name}] Nothing was swapped: ${swap.expects}, but no module matched ${swap.request}` +
    `${swap.importedFrom ? ` imported from ${swap.importedFrom}` : ''}. ` +
    'A Docusaurus upgrade probably renamed or moved it: find the new module and update the plugin ' +
    '(src/plugins/), or the site would quietly lose what the swap is for.'
  );
}

/** True when the stand-in is in the compilation's modules, so the swap happened. */
export function swapHappened(swap: ModuleSwap, compilation: CheckedCompilation): boolean {
  for (const module of compilation.modules) if (module.resource === swap.replacement) return true;
  return false;
}

/**
 * The bundler plugins for one swap: the replacement itself, and the check that fails the
 * build when it matched nothing. The check reads the finished module graph rather than
 * counting replacements, so it also holds for a build restored from the persistent cache.
 */
export function swapModule(bundler: CurrentBundler, swap: ModuleSwap): WebpackPluginInstance[] {
  const replace = new bundler.instance.NormalModuleReplacementPlugin(swap.request, (resource: Resource) => {
    if (swap.importedFrom && !swap.importedFrom.test(resource.context)) return;
    resource.request = swap.replacement;
  });
  const check = {
    apply(compiler: {
      webpack: {WebpackError: new (message: string) => Error};
      hooks: {thisCompilation: {tap(name: string, run: (compilation: CheckedCompilation & {hooks: {finishModules: {tap(name: string, run: () => void): void}}}) => void): void}};
    }) {
      compiler.hooks.thisCompilation.tap(swap.name, (compilation) => {
        compilation.hooks.finishModules.tap(swap.name, () => {
          if (!swapHappened(swap, compilation)) compilation.errors.push(new compiler.webpack.WebpackError(missedSwapMessage(swap)));
        });
      });
    },
  };
  return [replace, check as WebpackPluginInstance];
}

/**
 * A Docusaurus plugin that makes these swaps, each checked as swapModule does. Only in the
 * browser's bundle unless `server` is set (the server's HTML stays as Docusaurus renders it).
 */
export function moduleSwapPlugin(name: string, swaps: Array<Omit<ModuleSwap, 'name'>>, {server = false}: {server?: boolean} = {}): Plugin {
  return {
    name,
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer && !server) return {};
      return {plugins: swaps.flatMap((swap) => swapModule(currentBundler, {name, ...swap}))};
    },
  };
}
