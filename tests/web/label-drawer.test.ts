import { describe, expect, it } from 'vitest';
import { createCollisionFreeLabels } from '../../src/web/label-drawer.js';

/** A 2D context that records text calls; every character is 7 px wide. */
function fakeContext(width = 400, height = 300) {
  const calls: { kind: 'fill' | 'stroke'; text: string; x: number; y: number }[] = [];
  const context = {
    canvas: { offsetWidth: width, offsetHeight: height, width, height },
    font: '',
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    lineJoin: '',
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillText: (text: string, x: number, y: number) => calls.push({ kind: 'fill', text, x, y }),
    strokeText: (text: string, x: number, y: number) => calls.push({ kind: 'stroke', text, x, y }),
  };
  return { context: context as unknown as CanvasRenderingContext2D, calls };
}

const SETTINGS = { labelSize: 12, labelWeight: '500', labelFont: 'sans-serif', labelColor: { color: '#111' } };
const node = (key: string, x: number, y: number, extra: Record<string, unknown> = {}) => ({ key, x, y, size: 4, label: key, color: '#000', ...extra });

function frame(nodes: ReturnType<typeof node>[], reserved: { left: number; top: number; right: number; bottom: number }[] = []) {
  const labels = createCollisionFreeLabels(() => reserved);
  const { context, calls } = fakeContext();
  labels.reset();
  for (const data of nodes) labels.draw(context, data as never, SETTINGS as never);
  labels.flush();
  return { drawn: labels.drawn().map((box) => box.node), calls };
}

describe('createCollisionFreeLabels', () => {
  it('places the higher-priority label first, whatever order sigma hands them over in', () => {
    // Two labels on the same spot: only one can be drawn to the right; the other moves or is left out.
    const small = node('small neighbour label', 100, 100, { size: 2 });
    const hub = node('hub', 100, 100, { size: 2, labelPriority: 1 });
    expect(frame([small, hub]).drawn[0]).toBe('hub');
    expect(frame([hub, small]).drawn[0]).toBe('hub');
  });

  it.each([
    ['room on the right: sigma\'s place', [node('a', 100, 100)], [], (x: number) => x > 100],
    ['the canvas ends on the right: the left side', [node('a long label near the edge', 380, 100)], [], (x: number) => x < 380],
    ['a panel on the right: the left side', [node('a', 100, 100)], [{ left: 104, top: 80, right: 200, bottom: 120 }], (x: number) => x < 100],
  ])('%s', (_name, nodes, reserved, where) => {
    const { calls } = frame(nodes, reserved);
    expect(calls).toHaveLength(1);
    expect(where(calls[0]!.x)).toBe(true);
  });

  it('leaves out a label with no room, but draws a forced one anyway, with a halo', () => {
    // A large disc covers every side of the small node.
    const big = node('big', 200, 150, { size: 60, labelPriority: 1 });
    const hidden = frame([big, node('covered', 200, 150)]);
    expect(hidden.drawn).toEqual(['big']);
    const forced = frame([big, node('covered', 200, 150, { forceLabel: true })]);
    expect(forced.drawn).toEqual(['big', 'covered']);
    expect(forced.calls.filter((call) => call.text === 'covered').map((call) => call.kind)).toEqual(['stroke', 'fill']);
  });
  it('keeps a label off the disc of a forced node of the same size, taking another side', () => {
    // Two hubs side by side near the right edge: the first one's label cannot go right (the canvas ends)
    // and may not go left over the other hub; it goes above.
    const right = node('Right hub plan label', 330, 150, { size: 8, forceLabel: true, labelPriority: 2 });
    const left = node('Left', 290, 150, { size: 8, forceLabel: true, labelPriority: 1 });
    const { calls } = frame([right, left]);
    const drawn = calls.find((call) => call.kind === 'fill' && call.text === 'Right hub plan label')!;
    // Above the node: the label is centred on it and its baseline sits over the disc.
    expect(drawn.y).toBeLessThan(150 - 8);
  });
});
