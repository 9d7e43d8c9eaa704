/**
 * Column names of task tables (分工表, 任务分解表, 督办清单, 工作计划清单) [domain §5.1]: which header cell names the task,
 * its lead unit, its co-operating units, its deadline — and which names persons, who are never owners. A header
 * cell is matched by the longest word of these lists it contains, white space removed (「牵 头 单 位」, 「负责处室/年段」),
 * so 「牵头单位负责人」 is a person column and 「任务落实及措施目标细化」 outranks 「项目名称」 as the task column.
 */

/** The task itself: what a row asks to be done. The longest matching word decides between several task columns. */
export const TASK_COLUMNS = [
  '任务',
  '重点任务',
  '工作任务',
  '主要任务',
  '具体任务',
  '任务内容',
  '任务举措',
  '任务分解',
  '任务落实及措施',
  '工作内容',
  '工作事项',
  '工作措施',
  '工作举措',
  '具体措施',
  '主要措施',
  '推进措施',
  '整改措施',
  '落实措施',
  '工作要求',
  '目标任务',
  '议定事项',
  '督办事项',
  '交办事项',
  '事项内容',
  '督查内容',
  '重点工作',
  '工作项目',
  '项目名称',
  '事项名称',
  '任务名称',
  '改革事项',
  '内容',
  '事项',
  '措施',
] as const;

/** The lead unit (牵头): a row's owners first. 责任单位 is the lead where no 牵头 column exists (Wuhan rule). */
export const LEAD_COLUMNS = [
  '牵头单位',
  '牵头部门',
  '牵头处室',
  '牵头科室',
  '牵头责任单位',
  '主责单位',
  '主责部门',
  '主办单位',
  '承办单位',
  '负责单位',
  '负责部门',
  '负责处室',
  '负责科室',
  '责任处室',
  '责任科室',
  '牵头',
] as const;

/** Units responsible without being named lead (责任单位 beside a 牵头单位 column; else they are the lead). */
export const RESPONSIBLE_COLUMNS = ['责任单位', '责任部门', '落实单位', '实施单位', '执行单位', '责任主体', '承办部门'] as const;

/** Co-operating units (配合). */
export const COOP_COLUMNS = [
  '配合单位',
  '配合部门',
  '配合处室',
  '配合科室',
  '协办单位',
  '协同单位',
  '协同责任单位',
  '协助单位',
  '参与单位',
  '参与部门',
  '配合',
] as const;

/** The deadline (时限). */
export const DEADLINE_COLUMNS = [
  '完成时限',
  '完成时间',
  '完成期限',
  '完成日期',
  '时间节点',
  '时限要求',
  '时间要求',
  '办结时限',
  '整改时限',
  '截止时间',
  '截止日期',
  '进度安排',
  '时间安排',
  '时限',
  '期限',
] as const;

/** Persons and leaders: never owners, never tasks. */
export const PERSON_COLUMNS = [
  '责任人',
  '负责人',
  '具体负责人',
  '分管领导',
  '分管校领导',
  '牵头领导',
  '牵头负责领导',
  '责任领导',
  '包保领导',
  '联系人',
  '经办人',
  '联络员',
  '姓名',
  '联系电话',
  '电话',
] as const;

/** The row number (序号). */
export const SEQ_COLUMNS = ['序号', '编号', '序'] as const;

/** Columns a task table may have that are none of the above: they are never read as tasks or owners. */
export const OTHER_COLUMNS = ['备注', '完成情况', '进展情况', '进度', '状态', '办理状态', '目标', '预期成效', '成效', '佐证材料', '纪要位置', '任务来源', '类别', '资金'] as const;
