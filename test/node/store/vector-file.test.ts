// The vector tables on disk: a round trip keeps every vector; a damaged file is named.
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DamagedIndexError } from '../../../src/node/store/integrity';
import { readVectorTable, writeVectorTable } from '../../../src/node/store/vector-file';

const items = Array.from({ length: 100 }, (_, i) => ({ id: `d#${i}`, hash: `h${i}`, vector: [Math.cos(i), Math.sin(i), 0.5] }));

async function written(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-qa-vectors-'));
  await writeVectorTable(dir, 'table', items, 3);
  return dir;
}

describe('a vector table file', () => {
  it('reads back every vector exactly (as float32)', async () => {
    const table = await readVectorTable(await written(), 'table');
    expect(table.size).toBe(100);
    expect(table.dimensions).toBe(3);
    expect(table.similarity([1, 0, 0], 'd#7')).toBeCloseTo(Math.cos(7), 6);
    expect(table.nearest([Math.cos(42), Math.sin(42), 0.5], 1)[0]?.id).toBe('d#42');
  });

  it('names the file that is cut short or unreadable', async () => {
    const cut = await written();
    await truncate(join(cut, 'table.f32'), 401);
    await expect(readVectorTable(cut, 'table')).rejects.toThrow(DamagedIndexError);
    await expect(readVectorTable(cut, 'table')).rejects.toThrow(/table\.f32/);
    const bad = await written();
    await writeFile(join(bad, 'table.json'), '{"format":1,');
    await expect(readVectorTable(bad, 'table')).rejects.toThrow(/table\.json is damaged/);
  });
});
