/**
 * The way out when LuoshiDB cannot be opened (an upgrade failed on a row it could not read, or a newer version's
 * database): every table of the database as it is on disk, read without any declared version (Dexie's dynamic
 * mode) and without the record checks, into one JSON file the user can keep. Nothing is written.
 */
import { Dexie } from 'dexie';
import { DB_NAME } from './database';

export const RESCUE_FORMAT = 'luoshi.rescue';

/** The rescue file's text: `{format, databaseVersion, exportedAt, tables: {name: rows}}`. */
export async function rescueExport(name: string = DB_NAME, now: number = Date.now()): Promise<string> {
  const raw = new Dexie(name);
  try {
    await raw.open();
    const tables: Record<string, unknown[]> = {};
    for (const table of raw.tables) tables[table.name] = await table.toArray();
    return `${JSON.stringify({ format: RESCUE_FORMAT, databaseVersion: raw.verno, exportedAt: new Date(now).toISOString(), tables }, null, 1)}\n`;
  } finally {
    raw.close();
  }
}
