/** The parts of a V8 CPU profile (Chrome DevTools Protocol `Profiler.Profile`) this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileEntry {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Where the samples were taken (the function itself was running). */
  self: ProfileEntry[];
  /** Time with the function on the stack (its callees included). */
  inclusive: ProfileEntry[];
}

// "(program)" stays in: on a software-GL page it is where the main thread waits for the GPU process.
const IDLE = new Set(['(idle)', '(root)']);

function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.split('/').pop()?.split('?')[0] ?? '';
  const where = file ? ` ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'}${where}`;
}

/** Top functions by self and by inclusive time; idle time is left out, native time shows as "(program)". */
export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalUs = 0;
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one: that is how long this stack was seen running.
    const us = deltas[i + 1] ?? 0;
    const leaf = byId.get(samples[i]!);
    if (!leaf || IDLE.has(leaf.callFrame.functionName)) continue;
    totalUs += us;
    const leafName = frameName(leaf.callFrame);
    self.set(leafName, (self.get(leafName) ?? 0) + us);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id)!;
      if (IDLE.has(node.callFrame.functionName)) continue;
      const name = frameName(node.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const rank = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }));
  return { totalMs: Math.round(totalUs / 1000), self: rank(self), inclusive: rank(inclusive) };
}
