/**
 * 工作报告 / 政府工作报告 / 党代会报告: a review of the past year, then the year's tasks. Outside the review sections a
 * task needs no modal (「着眼畅通交通，建成城东大桥，加快建设3条过江通道」) and a target with a figure is a task
 * (「城乡居民人均收入增长6%左右」「新建村级养老服务站120个」); the review part narrates and is skipped.
 */
import { REVIEW_WORDS, TASK_WORDS, type GenreProfile } from './profile';

export const report: GenreProfile = {
  id: 'report',
  label: '工作报告',
  titleNouns: ['工作报告', '报告'],
  openingCues: [/向(?:大会|全会|会议)(?:报告|作报告)/, /(?:我|现)代表[^，。]{2,30}(?:报告|作报告)/],
  tasksNeedModal: false,
  bareTargets: true,
  datedBy: ['subtitle', 'title-line', 'signature'],
  reviewSections: [...REVIEW_WORDS, '过去', '一年来', '五年来', '工作总结'],
  taskSections: TASK_WORDS,
  numberedItems: false,
};
