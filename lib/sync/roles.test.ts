import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readOnlyByRoles, SYNC_ROLES } from './roles';

describe('readOnlyByRoles', () => {
  it('is read-only for a luoshi_reader without a writer role, not otherwise', () => {
    expect(readOnlyByRoles(['luoshi_reader'])).toBe(true);
    expect(readOnlyByRoles(['luoshi_reader', 'bureau_office'])).toBe(true);
    expect(readOnlyByRoles(['luoshi_reader', 'luoshi_editor'])).toBe(false);
    expect(readOnlyByRoles(['luoshi_admin', 'luoshi_reader'])).toBe(false);
    expect(readOnlyByRoles(['_admin', 'luoshi_reader'])).toBe(false);
    expect(readOnlyByRoles(['luoshi_editor'])).toBe(false);
    // None of ours (a database admin by name, say): the server decides, the client tries.
    expect(readOnlyByRoles([])).toBe(false);
    expect(readOnlyByRoles(['another_team'])).toBe(false);
  });

  it('names the roles validate_doc_update checks', () => {
    const source = readFileSync(new URL('../../server/validate_doc_update.js', import.meta.url), 'utf8');
    for (const role of Object.values(SYNC_ROLES)) expect(source).toContain(`'${role}'`);
  });
});
