/**
 * 方案 / 计划 / 要点 / 意见 / 措施: an implementation plan. Every body sentence states a task without a modal
 * (「建立健全…」「到2027年，新建5G基站4万个」).
 */
import { REVIEW_WORDS, TASK_WORDS, type GenreProfile } from './profile';

export const plan: GenreProfile = {
  id: 'plan',
  label: '方案',
  titleNouns: ['方案', '计划', '要点', '措施', '意见', '办法', '规划', '细则', '分解', '清单', '安排', '决定', '规定', '制度', '指导意见', '行动方案', '实施方案', '工作要点'],
  openingCues: [
    /制定本[^，。]{0,6}(?:方案|计划|措施|办法|细则|要点)/,
    /制定如下/,
    /现(?:提出|就[^。]{0,30}提出)(?:如下|以下)(?:意见|措施|要求)/,
    /现就[^。]{0,30}如下/,
  ],
  tasksNeedModal: false,
  bareTargets: true,
  datedBy: ['signature', 'title-line', 'subtitle'],
  reviewSections: REVIEW_WORDS,
  taskSections: TASK_WORDS,
  numberedItems: false,
};
