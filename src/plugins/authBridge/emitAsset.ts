/** A bundler plugin that adds one file to the client build's output (webpack and Rspack alike). */
import type {CurrentBundler} from '@docusaurus/types';
import type {WebpackPluginInstance} from 'webpack';

interface Compilation {
  hooks: {processAssets: {tap(options: {name: string; stage: number}, run: () => void): void}};
  getAsset(name: string): unknown;
  emitAsset(name: string, source: unknown, info: {minimized: boolean}): void;
  updateAsset(name: string, source: unknown, info: {minimized: boolean}): void;
}

export function emitAsset(bundler: CurrentBundler, name: string, file: string, content: string): WebpackPluginInstance {
  const {Compilation, sources} = bundler.instance as unknown as {
    Compilation: {PROCESS_ASSETS_STAGE_ADDITIONS: number};
    sources: {RawSource: new (content: string) => unknown};
  };
  return {
    apply(compiler: {hooks: {thisCompilation: {tap(name: string, run: (compilation: Compilation) => void): void}}}) {
      compiler.hooks.thisCompilation.tap(name, (compilation) => {
        compilation.hooks.processAssets.tap({name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS}, () => {
          const source = new sources.RawSource(content);
          // A bridge.js left in static/ by the script that built it before this plugin is replaced.
          // Minified already: the bundler's minimizer leaves it as esbuild wrote it.
          if (compilation.getAsset(file)) compilation.updateAsset(file, source, {minimized: true});
          else compilation.emitAsset(file, source, {minimized: true});
        });
      });
    },
  };
}
