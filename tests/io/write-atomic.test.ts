import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputsAtomically } from '../../src/io/write-atomic.js';
import { OutputError } from '../../src/model/errors.js';
import { tempDir } from '../support/temp-dir.js';

describe('writeOutputsAtomically', () => {
  it('writes every file and leaves no temporary files', async () => {
    const dir = join(tempDir(), 'new', 'nested');
    await writeOutputsAtomically(dir, [{ name: 'a.json', content: '{}' }, { name: 'b.gexf', content: '<x/>' }]);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.gexf']);
    expect(readFileSync(join(dir, 'b.gexf'), 'utf8')).toBe('<x/>');
  });

  it('writes a streamed output chunk by chunk', async () => {
    const dir = tempDir();
    await writeOutputsAtomically(dir, [{ name: 'a.gexf', content: (sink) => ['<x>', '功率半导体', '</x>'].forEach(sink) }]);
    expect(readFileSync(join(dir, 'a.gexf'), 'utf8')).toBe('<x>功率半导体</x>');
  });

  it('passes on an error of the writer itself and keeps the old files', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), 'old');
    const failure = new RangeError('too large');
    const content = (sink: (chunk: string) => void) => {
      sink('{');
      throw failure;
    };
    await expect(writeOutputsAtomically(dir, [{ name: 'a.json', content }])).rejects.toBe(failure);
    expect(readdirSync(dir)).toEqual(['a.json']);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old');
  });

  it('throws a typed error naming the folder when it cannot be created', async () => {
    const base = tempDir();
    writeFileSync(join(base, 'file'), 'x');
    await expect(writeOutputsAtomically(join(base, 'file', 'out'), [{ name: 'a', content: '' }])).rejects.toMatchObject({
      constructor: OutputError,
      code: 'OUTPUT_NOT_WRITABLE',
      location: { file: join(base, 'file', 'out') },
    });
  });

  it('keeps the old files when a write fails part-way', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), 'old');
    // A folder where a temporary file should go makes the second write fail after the first succeeded.
    const blocked = join(dir, `.b.json.${process.pid}.tmp`);
    (await import('node:fs')).mkdirSync(blocked);
    await expect(writeOutputsAtomically(dir, [{ name: 'a.json', content: 'new' }, { name: 'b.json', content: 'new' }])).rejects.toMatchObject({ code: 'OUTPUT_WRITE_FAILED' });
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['.b.json.' + process.pid + '.tmp', 'a.json']);
  });
});
