/**
 * Baidu UEditor 1.4.3, as the npm package `ueditor` ships its front end (example/public/ueditor), mounted by the test
 * server at /vendor/ueditor/. Its editing iframe (#ueditor_0) is written through a `javascript:` URL with
 * document.write. `serverUrl` points at the test server's stub (/ueditor-server/controller), which answers the
 * editor's config request and refuses uploads; autosave and the word count are off. The draft is loaded with
 * setContent and read back with getContent.
 */
import { draftHtml, fail, ready } from './draft.js';
import { loadScript } from './load-script.js';

try {
  window.UEDITOR_HOME_URL = '/vendor/ueditor/';
  await loadScript('/vendor/ueditor/ueditor.config.js');
  await loadScript('/vendor/ueditor/ueditor.all.js');
  const ue = window.UE.getEditor('editor', {
    serverUrl: '/ueditor-server/controller',
    toolbars: [['undo', 'redo', '|', 'bold', 'italic']],
    initialFrameHeight: 600,
    autoHeightEnabled: false,
    autoFloatEnabled: false,
    elementPathEnabled: false,
    wordCount: false,
    enableAutoSave: false,
    initialContent: '',
    focus: false,
  });
  await new Promise((resolve) => ue.ready(resolve));
  ue.setContent(draftHtml);
  ue.reset();
  ready(() => ue.getContent(), ue.body);
} catch (error) {
  fail(error);
}
