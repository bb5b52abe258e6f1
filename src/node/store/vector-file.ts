// Node-only: a VectorTable on disk — `<name>.json` (the header: ids, text hashes, dimensions)
// beside `<name>.f32` (the vectors, one flat float32 block in the platform's byte order: little-endian on x86 and ARM).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packVectors, VectorHeaderSchema, VectorTable, type VectorItem } from '../../corpus/vector-table';
import { DamagedIndexError } from './integrity';

/** The two files of a table called `name`. */
export const vectorFiles = (name: string): { header: string; data: string } => ({ header: `${name}.json`, data: `${name}.f32` });

/** `searched`: the table is searched whole (the passages), so a large one gets inverted lists. */
export async function writeVectorTable(dir: string, name: string, items: VectorItem[], dimensions: number, options: { searched?: boolean } = {}): Promise<void> {
  const { header, data } = packVectors(items, dimensions, options);
  const files = vectorFiles(name);
  await writeFile(join(dir, files.data), new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  await writeFile(join(dir, files.header), JSON.stringify(header));
}

/** Reads a table; DamagedIndexError names the file that cannot be read or does not match. */
export async function readVectorTable(dir: string, name: string): Promise<VectorTable> {
  const files = vectorFiles(name);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(dir, files.header), 'utf8'));
  } catch (err) {
    throw new DamagedIndexError(files.header, (err as Error).message);
  }
  const header = VectorHeaderSchema.safeParse(json);
  if (!header.success) throw new DamagedIndexError(files.header, 'it does not match its schema');
  const bytes = await readFile(join(dir, files.data)).catch((err: Error) => {
    throw new DamagedIndexError(files.data, err.message);
  });
  if (bytes.byteLength % 4 !== 0) throw new DamagedIndexError(files.data, 'its size is not a whole number of float32s');
  // a copy into an aligned buffer of its own (a Buffer may sit at any offset of a shared pool)
  const data = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(data.buffer).set(bytes);
  try {
    return VectorTable.from(header.data, data);
  } catch (err) {
    throw new DamagedIndexError(files.data, (err as Error).message);
  }
}
