import { describe, expect, it } from 'vitest';

type Manifest = { permissions: string[]; storage?: { managed_schema: string }; host_permissions?: string[]; optional_host_permissions?: string[]; commands: Record<string, { suggested_key: { default: string } }>; browser_specific_settings?: { gecko: { id: string } }; optional_permissions?: string[] };
const manifestOf = async (browser: string) => ((await import('@/wxt.config')).default.manifest as unknown as (env: { browser: string }) => Manifest)({ browser });

describe('the manifest per browser', () => {
  it('Chromium: side panel, reminders’ alarms and notifications, and a shortcut that opens the panel', async () => {
    const m = await manifestOf('chrome');
    expect(m.permissions).toEqual(expect.arrayContaining(['sidePanel', 'alarms', 'notifications', 'storage']));
    expect(m.commands['open-panel']!.suggested_key.default).toBe('Alt+Shift+J');
    expect(Object.values(m.commands).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
    // The policy's keys (forced sites, the team ledger's server) are declared; no host is granted up front — the
    // sync server's origin is asked for at sign-in, from the optional hosts.
    expect(m.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['<all_urls>']);
  });

  it('Firefox: no sidePanel permission, the sidebar’s own command, an add-on id and optional hosts', async () => {
    const m = await manifestOf('firefox');
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.permissions).toEqual(expect.arrayContaining(['alarms', 'notifications']));
    const sidebarCommand = '_execute_sidebar_action';
    expect(m.commands[sidebarCommand]!.suggested_key.default).toBe('Alt+Shift+J');
    expect(m.commands['open-panel']).toBeUndefined();
    expect(m.browser_specific_settings?.gecko.id).toMatch(/@/);
    expect(m.optional_permissions).toEqual(['<all_urls>']);
  });
});
