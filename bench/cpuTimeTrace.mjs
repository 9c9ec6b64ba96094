// Lighthouse's mobile score simulates a 4x slower CPU by multiplying the wall time of every
// main-thread task in the page's trace. On a busy machine a task's wall time includes the
// time the renderer waited for a core, so the score measures the machine as much as the
// page. This rewrites a saved trace so that every main-thread task lasts the CPU time it
// used (the trace's `tdur`), as on a machine with a core to spare; auditing it again gives
// the score the page itself earns. A diagnostic next to the real score, not a replacement.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Rewrites `<dir>/defaultPass.trace.json` in place; returns the main thread's wall and CPU ms. */
export function rewriteTraceToCpuTime(dir) {
  const file = join(dir, 'defaultPass.trace.json');
  const trace = JSON.parse(readFileSync(file, 'utf8'));
  const events = trace.traceEvents ?? trace;
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  if (!navigation) throw new Error(`${file}: no main-frame navigation`);
  const onMainThread = (e) => e.pid === navigation.pid && e.tid === navigation.tid && e.ph === 'X';
  const mainThread = events.filter(onMainThread);
  let wall = 0;
  let cpu = 0;
  for (const task of mainThread.filter((e) => TOP_LEVEL.has(e.name) && e.dur > 0 && e.tdur !== undefined)) {
    const scale = Math.min(1, task.tdur / task.dur);
    const end = task.ts + task.dur;
    wall += task.dur;
    cpu += task.dur * scale;
    // What ran inside the task shrinks with it, so that it stays inside.
    for (const event of mainThread) {
      if (event === task || event.ts < task.ts || event.ts > end) continue;
      event.ts = task.ts + (event.ts - task.ts) * scale;
      event.dur = Math.round(event.dur * scale);
    }
    task.dur = Math.round(task.dur * scale);
  }
  writeFileSync(file, JSON.stringify(trace));
  return {wallMs: Math.round(wall / 1000), cpuMs: Math.round(cpu / 1000)};
}
