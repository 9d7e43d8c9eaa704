/**
 * A genre profile: what a newcomer needs to know about one kind of document to read its tasks [domain §1.2, §4.1].
 * Profiles are plain data; `detect.ts` picks one from the title and the opening lines and the passes read it
 * (whether tasks need a modal, which sections only review the past) instead of testing the genre by name.
 */
import type { Genre } from '../../schema/analysis';

export type GenreId = Genre;

/**
 * Where a document's date is read [domain §4.3]: a dated line under its title (「（2026年3月12日）」), a ——subtitle with its
 * date, its 成文日期 or 印发 line (the signature), the meeting's day in a 纪要's opening sentence. A dated opening sentence
 * of any other genre narrates (「2021年1月25日，县政府召开…」) and dates nothing.
 */
export type DatedBy = 'title-line' | 'subtitle' | 'signature' | 'meeting';

export interface GenreProfile {
  id: GenreId;
  /** 讲话稿 …, for people. */
  label: string;
  /** Nouns that end a title of the genre (「关于…的实施方案」「…会议纪要」), after any status suffix (（讨论稿）). */
  titleNouns: readonly string[];
  /** Patterns of the opening lines that name the genre when the title does not (「现提出如下意见」「现纪要如下」). */
  openingCues: readonly RegExp[];
  /**
   * Whether a task needs a modal (要/必须/…). In plans, notices and minutes a task is stated bare: an imperative
   * verb at any clause segment or a target with a figure (新建5个, 不低于90%) makes it one.
   */
  tasksNeedModal: boolean;
  /** Whether a work report's bare target sentences count (「城乡居民人均收入增长6%左右」) outside review sections. */
  bareTargets: boolean;
  /**
   * Where the document's date is read (remarkDocumentDate → findDocumentDate, which trusts them in one order: the line
   * under the title, a date line or subtitle, the 印发 line, the meeting's day). A source not listed is not read.
   */
  datedBy: readonly DatedBy[];
  /** Heading words of sections that only review past work (「一、2025年工作回顾」): nothing in them is a task. */
  reviewSections: readonly string[];
  /** Heading words that make a section a task section even when it also names a review word (「成绩与下一步安排」). */
  taskSections: readonly string[];
  /** Whether each numbered line of the body is an item rather than a heading (a 纪要's 议定事项). */
  numberedItems: boolean;
}

/** Review words shared by every genre's sections. */
export const REVIEW_WORDS = ['回顾', '成绩', '成效', '主要做法', '进展情况', '工作总结', '取得的', '基本情况', '完成情况'] as const;
/** Task words shared by every genre's sections. */
export const TASK_WORDS = ['任务', '打算', '安排', '措施', '要求', '重点', '意见', '下一步', '计划'] as const;
