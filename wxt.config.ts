import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Luoshi runs on the user's machine: no host permissions are requested up front, and no remote code is loaded. The one
// network peer is the team ledger's server when a unit sets one (its origin's permission asked at sign-in only).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // nb. micromark's entity decoder has a "browser" build that calls document.createElement: in the service worker
  // (which runs `analyze`) there is no document and the worker dies on start. Its plain build works everywhere.
  vite: () => ({
    resolve: { alias: { 'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)) } },
  }),
  // Per browser: Chromium has the side panel; Firefox a sidebar (WXT declares sidebar_action from the same
  // entrypoint), opened by its own _execute_sidebar_action command, and an add-on id for storage and alarms.
  manifest: ({ browser }) => ({
    name: '落实 Luoshi',
    description: '在网页编辑器中标注讲话稿、工作报告的问题清单和落实事项，并生成督办台账。',
    default_locale: undefined,
    // activeTab: the toolbar button and the command may read the current tab's address (to enable its site).
    // contextMenus + scripting: 「提取所选文字」 reads the selection of the tab it was used in (activeTab grants it).
    // alarms + notifications: the daily reminders of overdue and due-soon items, and the badge's hourly refresh.
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel']), 'activeTab', 'contextMenus', 'scripting', 'alarms', 'notifications'],
    // Sites are enabled one by one (toolbar button or Alt+Shift+L); host_permissions stay empty.
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: '落实 Luoshi' },
    commands: {
      'toggle-site': { suggested_key: { default: 'Alt+Shift+L' }, description: '在本站启用落实（再按一次停用）' },
      // Named as CAPTURE_COMMAND / CAPTURE_SHORTCUT in lib/panel/capture.ts.
      'capture-selection': { suggested_key: { default: 'Alt+Shift+K' }, description: '提取所选文字（在侧边栏中分析）' },
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+J' }, description: '打开落实侧边栏' } }
        : { 'open-panel': { suggested_key: { default: 'Alt+Shift+J' }, description: '打开落实侧边栏' } }),
    },
    // What a unit's policy may set in managed storage (forced sites, the team ledger's server): Chromium reads the
    // schema from the package; Firefox takes the same keys from its enterprise policies (3rdparty) without one.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // Firefox (Manifest V2) asks for hosts through optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['<all_urls>'], browser_specific_settings: { gecko: { id: 'luoshi@luoshi.invalid', strict_min_version: '115.0' } } } : {}),
  }),
});
