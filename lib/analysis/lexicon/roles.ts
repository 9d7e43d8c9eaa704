/**
 * Role words [domain §4.2]: how a draft says which unit leads (牵头, 主办), which is responsible (负责, 落实, 承办) and
 * which co-operates (配合, 协办, 参与), in a labelled field (「牵头单位：…；配合单位：…」), an allocation parenthetical
 * (「（市发改委牵头，市财政局配合）」) or a clause (「县住建局牵头，县城管局配合」). Plain arrays; the owner extractor
 * builds its patterns from them with `alternation()`, so a role word is added in one place.
 */

/** The unit that leads: 牵头 (负责), and 主办 / 主责 of a field. */
export const LEAD_ROLES: readonly string[] = ['牵头', '牵头负责', '主办', '主责'];

/**
 * Verbs of a unit co-operating in a clause of its own after the main one (「…，县自然资源局配合做好用地保障」). 参与 there
 * is no allocation (「鼓励高校院所参与」「不参与封建迷信活动」), and 协办 is a field's word.
 */
export const COOP_VERBS: readonly string[] = ['配合', '协助', '协同'];

/** Units that co-operate with the lead, in a field or an allocation (「配合单位：」「（…，市财政局参与）」). */
export const COOP_ROLES: readonly string[] = [...COOP_VERBS, '协办', '参与'];

/** Units responsible without being named lead: 负责 and its qualified forms, 落实, 承办. */
export const DUTY_ROLES: readonly string[] = ['负责', '具体负责', '分工负责', '按职责负责', '按职责分工负责', '落实', '承办'];

/** Role words that allocate even bare in a bracket after a task (「（县发改局牵头）」「（各乡镇负责）」). */
export const BRACKET_ROLES: readonly string[] = ['牵头', '负责'];

/** The first word of a field label that is no role verb of its own (「责任单位：」「承办部门：」). */
export const FIELD_DUTY_WORDS: readonly string[] = ['责任', '承办'];

/** Every role word a field label opens with (「牵头单位」「协助部门」「牵头责任单位」). */
const FIELD_ROLE_WORDS: readonly string[] = [...LEAD_ROLES, ...COOP_ROLES, ...FIELD_DUTY_WORDS, '牵头责任', '协同责任'];

/** A trailing word that joins units doing one task together (「市财政局、市审计局共同」): no unit name ends in it. */
export const JOINT_WORDS: readonly string[] = ['共同'];

/** Field labels that name units (「牵头单位：」「配合部门：」「责任科室：」): the units after the colon own the item. */
export const UNIT_FIELDS: readonly string[] = [...FIELD_ROLE_WORDS.flatMap((r) => [`${r}单位`, `${r}部门`]), '责任科室'];

/** The level a leader field may name before 领导 (「牵头县领导」「分管区领导」). */
export const LEADER_LEVELS: readonly string[] = ['省', '市', '县', '区'];

/** Field labels that name a unit's leader by its role, with or without a level (「牵头领导：」「配合市领导：」). */
export const ROLE_LEADER_FIELDS: readonly string[] = FIELD_ROLE_WORDS.flatMap((r) => [`${r}领导`, ...LEADER_LEVELS.map((level) => `${r}${level}领导`)]);

/** Field labels that name a person in charge (「分管领导：」「包保县领导：」「责任人：」). */
export const PERSON_FIELDS: readonly string[] = [
  ...['分管', '包保'].flatMap((r) => [`${r}领导`, ...LEADER_LEVELS.map((level) => `${r}${level}领导`)]),
  '责任人',
  '具体责任人',
];
