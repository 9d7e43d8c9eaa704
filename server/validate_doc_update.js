/*
 * The team ledger's validate_doc_update (CouchDB 3.x and pouchdb-server run it on every write, replication included):
 * the server's own guard of what lib/sync writes (lib/sync/docs.ts: `{_id: '<type>:<id>', type, by, data}`).
 * - Writes need the role luoshi_editor or a database admin (luoshi_admin, or a name/role in _security.admins); a
 *   member with only luoshi_reader is refused as read_only.
 * - Only the known document types (document, text, item, note, revision), each id `<type>:<key>`, no other field
 *   than _id/_rev/_revisions/_deleted/type/by/data, and the data's shape checked for its type.
 * - `by` (shown as 最后修改人) must be the writer's own user name.
 * - Notes (进展情况), revisions (修订记录) and text parts are append-only: an existing one is never changed (the same
 *   content written again is let through: a retried push). A document changes no type.
 * - Nothing is deleted (an item's delete is its data.deletedAt, the 回收站), except by a server admin.
 * ES5 on purpose: CouchDB's JavaScript engine (SpiderMonkey or QuickJS) evaluates this source as a function
 * expression; scripts/sync-provision.ts reads this file into the design document _design/luoshi.
 */
// oxlint-disable-next-line no-unused-vars -- CouchDB calls it; provisioning stores it from this line on.
function luoshiValidate(newDoc, oldDoc, userCtx, secObj) {
  var TYPES = { document: true, text: true, item: true, note: true, revision: true };
  var APPEND_ONLY = { text: true, note: true, revision: true };
  var FIELDS = { _id: true, _rev: true, _revisions: true, _deleted: true, type: true, by: true, data: true };
  // A draft's key as long as the app stores it (LIMITS.keyChars in lib/schema/checklist.ts: the page URL with its
  // route, the editor id and a text fingerprint); server/provision.test.ts checks the two agree.
  var KEY_CHARS = 10000;
  // The items one bulk status note may list (LIMITS.noteItems): `itemIds`, the first being its itemId.
  var NOTE_ITEMS = 500;
  var roles = (userCtx && userCtx.roles) || [];
  var name = userCtx ? userCtx.name : null;
  var admins = (secObj && secObj.admins) || {};

  function contains(list, value) {
    if (!list || value === null || value === undefined) return false;
    for (var i = 0; i < list.length; i++) if (list[i] === value) return true;
    return false;
  }
  function hasRole(role) {
    return contains(roles, role);
  }
  function anyRole(list) {
    if (!list) return false;
    for (var i = 0; i < list.length; i++) if (hasRole(list[i])) return true;
    return false;
  }
  // A bulk status note lists its items (lib/checklist/notes.ts): 2 to NOTE_ITEMS ids, itemId first; other notes have none.
  function noteItems(data) {
    if (!('itemIds' in data)) return true;
    var ids = data.itemIds;
    if (!Array.isArray(ids) || ids.length < 2 || ids.length > NOTE_ITEMS || ids[0] !== data.itemId) return false;
    for (var i = 0; i < ids.length; i++) if (!isString(ids[i], 200)) return false;
    return true;
  }
  function plainKey(text) {
    if (text.length < 1 || text.length > 200) return false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c < 32 || c === 127) return false;
    }
    return true;
  }
  function refuse(code, message) {
    throw { forbidden: code + ': ' + message };
  }
  function isObject(v) {
    return v !== null && typeof v === 'object' && Object.prototype.toString.call(v) !== '[object Array]';
  }
  function isString(v, max) {
    return typeof v === 'string' && v.length <= max;
  }
  function canonical(v) {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    var parts = [];
    if (Object.prototype.toString.call(v) === '[object Array]') {
      for (var i = 0; i < v.length; i++) parts.push(canonical(v[i]));
      return '[' + parts.join(',') + ']';
    }
    var keys = [];
    for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k) && v[k] !== undefined) keys.push(k);
    keys.sort();
    for (var j = 0; j < keys.length; j++) parts.push(JSON.stringify(keys[j]) + ':' + canonical(v[keys[j]]));
    return '{' + parts.join(',') + '}';
  }

  var serverAdmin = hasRole('_admin');
  var dbAdmin = serverAdmin || hasRole('luoshi_admin') || contains(admins.names, name) || anyRole(admins.roles);
  if (!dbAdmin && !hasRole('luoshi_editor')) {
    if (hasRole('luoshi_reader')) refuse('read_only', '只读用户不能修改团队台账 (a read-only user cannot change the team ledger)');
    refuse('not_editor', '没有修改团队台账的权限 (luoshi_editor role needed)');
  }

  if (newDoc._deleted === true) {
    if (serverAdmin) return;
    refuse('no_delete', '团队台账的文档不能删除，事项删除后进入回收站 (documents are never deleted)');
  }

  var id = String(newDoc._id);
  var colon = id.indexOf(':');
  var type = colon > 0 ? id.slice(0, colon) : '';
  var key = colon > 0 ? id.slice(colon + 1) : '';
  if (!Object.prototype.hasOwnProperty.call(TYPES, type) || newDoc.type !== type) refuse('unknown_type', '未知的文档类型 (unknown document type): ' + String(newDoc.type));
  if (!plainKey(key)) refuse('bad_id', '文档编号格式不对 (bad document id)');
  for (var field in newDoc) {
    if (Object.prototype.hasOwnProperty.call(newDoc, field) && !FIELDS[field]) refuse('bad_field', '多余的字段 (unexpected field): ' + field);
  }
  if (newDoc.by !== name) refuse('bad_by', '最后修改人必须是写入者本人 (by must be the writer)');

  var data = newDoc.data;
  if (!isObject(data)) refuse('bad_data', '缺少 data (data must be an object)');
  var ok;
  if (type === 'text') {
    ok = /^[0-9a-f]{64}$/.test(data.sha) && typeof data.part === 'number' && typeof data.parts === 'number' && data.part >= 0 && data.part < data.parts && data.part % 1 === 0 &&
      key === data.sha + ':' + data.part && typeof data.text === 'string';
  } else {
    ok = data.id === key;
    if (type === 'document') ok = ok && isString(data.key, KEY_CHARS) && isObject(data.textRef) && /^[0-9a-f]{64}$/.test(data.textRef.sha) && typeof data.textRef.parts === 'number' && data.textRef.parts >= 1 && !('text' in data);
    else if (type === 'item') ok = ok && isString(data.documentId, 200) && typeof data.text === 'string' && typeof data.status === 'string';
    else if (type === 'note') ok = ok && isString(data.itemId, 200) && isString(data.documentId, 200) && typeof data.text === 'string' && noteItems(data);
    else if (type === 'revision') ok = ok && isString(data.documentId, 200) && typeof data.revision === 'number';
  }
  if (!ok) refuse('bad_data', '文档内容不符合 ' + type + ' 的格式 (data does not fit its type)');

  if (oldDoc && oldDoc._deleted !== true) {
    if (oldDoc.type !== newDoc.type) refuse('type_changed', '文档类型不能改变 (a document keeps its type)');
    if (APPEND_ONLY[type] && canonical(oldDoc.data) !== canonical(newDoc.data)) {
      refuse('append_only', '进展情况、修订记录和文稿正文只能追加，不能修改 (notes, revisions and texts are append-only)');
    }
  }
}
