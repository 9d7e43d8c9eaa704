/**
 * 会议纪要: 议定事项 one per numbered line (「（一）县住建局督促县热力公司在12月5日前完成…」); each is an item with its
 * owner and deadline, never a heading. Dated by the meeting's day in its opening sentence.
 */
import { REVIEW_WORDS, TASK_WORDS, type GenreProfile } from './profile';

export const minutes: GenreProfile = {
  id: 'minutes',
  label: '会议纪要',
  titleNouns: ['纪要', '会议纪要', '会议记录', '议定事项'],
  openingCues: [/现(?:将[^。]{0,20})?纪要如下/, /(?:会议|会上)(?:议定|决定|研究)(?:如下|以下)事项/],
  tasksNeedModal: false,
  bareTargets: true,
  datedBy: ['meeting', 'signature', 'title-line', 'subtitle'],
  reviewSections: REVIEW_WORDS,
  taskSections: TASK_WORDS,
  numberedItems: true,
};
