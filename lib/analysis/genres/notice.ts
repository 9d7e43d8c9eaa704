/** 通知 / 通报 / 函: a notice with a 主送 line; its numbered paragraphs state tasks without modals. */
import { REVIEW_WORDS, TASK_WORDS, type GenreProfile } from './profile';

export const notice: GenreProfile = {
  id: 'notice',
  label: '通知',
  titleNouns: ['通知', '通报', '函', '公告', '通告'],
  openingCues: [/现将[^。]{0,20}(?:通知|印发)/, /(?:通知|通报)如下/],
  tasksNeedModal: false,
  bareTargets: true,
  datedBy: ['signature', 'title-line', 'subtitle'],
  reviewSections: REVIEW_WORDS,
  taskSections: TASK_WORDS,
  numberedItems: false,
};
