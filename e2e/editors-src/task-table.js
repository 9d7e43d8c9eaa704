/**
 * The task-table draft of the fixture pages table-contenteditable.html and table-tinymce.html: a short notice with
 * a 任务分工表 as an HTML <table> — a header row, a merged 牵头单位 cell (rowspan) and a persons' column.
 * e2e/task-table.test.mjs checks that each row's task cell is highlighted as one action with its date cell, that
 * the side panel lists the rows with their units and dates, and that the saved 台账 has the right 牵头/配合.
 */
export const TASK_TABLE_TITLE = '关于印发2027年城市管理重点任务分工表的通知';

export const taskTableHtml = [
  `<p>${TASK_TABLE_TITLE}</p>`,
  '<p>各区人民政府，市直各有关部门：现将重点任务分工表印发给你们，请认真抓好落实。</p>',
  '<table border="1"><tbody>',
  '<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td><td>责任人</td></tr>',
  '<tr><td>1</td><td>完成背街小巷整治80条</td><td>市城管局</td><td>各区政府</td><td>2027年6月底前</td><td>周建国</td></tr>',
  '<tr><td>2</td><td>新建智慧停车泊位3000个</td><td rowspan="2">市住建局</td><td>市公安局、市大数据局</td><td>9月底前</td><td>吴丽</td></tr>',
  '<tr><td>3</td><td>改造雨污管网50公里</td><td>市水务局</td><td>年底前</td><td>吴丽</td></tr>',
  '</tbody></table>',
  '<p>市城市管理委员会办公室</p>',
].join('');
