import { defineConfig } from 'wxt';

// Luoshi runs entirely on the user's machine: no host permissions are requested up front, and no remote code is loaded.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: '落实 Luoshi',
    description: '在网页编辑器中标注讲话稿、工作报告的问题清单和落实事项，并生成督办台账。',
    default_locale: undefined,
    permissions: ['storage', 'sidePanel'],
    action: { default_title: '落实 Luoshi' },
  },
});
