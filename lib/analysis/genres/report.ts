/**
 * 工作报告 / 政府工作报告 / 党代会报告: a review of the past year, then the year's tasks. In the task part a target with
 * a figure is a task without any modal (「城乡居民人均收入增长6%左右」「新建村级养老服务站120个」); the review part
 * narrates.
 */
import { REVIEW_WORDS, TASK_WORDS, type GenreProfile } from './profile';

export const report: GenreProfile = {
  id: 'report',
  label: '工作报告',
  titleNouns: ['工作报告', '报告'],
  openingCues: [/向(?:大会|全会|会议)(?:报告|作报告)/, /(?:我|现)代表[^，。]{2,30}(?:报告|作报告)/],
  tasksNeedModal: true,
  bareTargets: true,
  datedBy: ['subtitle', 'title-line', 'signature'],
  reviewSections: [...REVIEW_WORDS, '过去', '一年来', '五年来', '工作总结'],
  taskSections: TASK_WORDS,
  numberedItems: false,
};
