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

/** A trailing word that joins units doing one task together (「市财政局、市审计局共同」): no unit name ends in it. */
export const JOINT_WORDS: readonly string[] = ['共同'];

/** Field labels that name units (「牵头单位：」「责任部门：」): the units after the colon own the item. */
export const UNIT_FIELDS: readonly string[] = [
  '牵头单位', '牵头责任单位', '主办单位', '主责单位', '责任单位', '承办单位', '配合单位', '协办单位', '协同单位', '协同责任单位',
  '参与单位', '责任部门', '责任科室',
];

/** Field labels that name leaders or persons (「分管领导：」「责任人：」); a leader field may name its level (「牵头市领导：」). */
export const LEADER_FIELDS: readonly string[] = ['牵头领导', '牵头负责领导', '责任领导', '分管领导', '包保领导', '责任人', '具体责任人'];

/** The level a leader field may name before 领导 (「牵头县领导」「分管区领导」). */
export const LEADER_LEVELS: readonly string[] = ['省', '市', '县', '区'];

/** Every leader field, with and without a level (「分管领导」「分管市领导」). */
export const LEVELLED_LEADER_FIELDS: readonly string[] = LEADER_FIELDS.flatMap((f) =>
  f.endsWith('领导') ? [f, ...LEADER_LEVELS.map((level) => `${f.slice(0, -2)}${level}领导`)] : [f],
);
