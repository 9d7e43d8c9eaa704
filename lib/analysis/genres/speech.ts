/** 讲话稿: a leader's speech. Tasks carry a modal (要/必须/…) or a speech proposal (我建议…, 都请…). */
import { REVIEW_WORDS, TASK_WORDS, type GenreProfile } from './profile';

export const speech: GenreProfile = {
  id: 'speech',
  label: '讲话',
  titleNouns: ['讲话', '发言', '致辞', '讲话提纲', '提纲', '主持词', '讲稿', '党课'],
  openingCues: [/^(?:同志们|各位领导|各位来宾|女士们)/, /今天(?:我们)?(?:召开|在这里召开)/],
  tasksNeedModal: true,
  bareTargets: false,
  datedBy: ['title-line', 'subtitle', 'signature'],
  reviewSections: REVIEW_WORDS,
  taskSections: TASK_WORDS,
  numberedItems: false,
};
