/**
 * Hostile inputs for the analysis: long single lines built from the shapes that made it quadratic (issue 10) —
 * 「一是要…，二是要…」 runs, 「主要有五个方面问题」 lead-ins, runs of ：、X and brackets, prose with no line break — and
 * a few more of the same kind (full-width spaces, ；-lists, owners and deadlines). Each generator returns exactly
 * `chars` UTF-16 code units. Used by the fuzz suite (tests/fuzz.test.ts) and `npm run bench` (linearity).
 */

const ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** `unit(0) + unit(1) + …` cut to exactly `chars` code units. */
export function fill(unit: (i: number) => string, chars: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const u = unit(i);
    if (!u) throw new Error('fill: empty unit');
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, chars);
}

export const HOSTILE: Record<string, (chars: number) => string> = {
  一是要: (n) => fill((i) => `${ORD[i % 10]}是要加强基层组织建设，`, n),
  问题数: (n) => fill((i) => `主要有${ORD[(i % 8) + 1]}个方面问题：一是认识不到位；二是措施不够实。`, n),
  冒号: (n) => '：'.repeat(n),
  顿号: (n) => '、'.repeat(n),
  X: (n) => 'X'.repeat(n),
  括号: (n) => `${'（'.repeat(n >> 1)}${'）'.repeat(n - (n >> 1))}`,
  混合括号: (n) => fill((i) => (i < n / 2 ? '（【“《([' : '）】”》)]')[i % 6]!, n),
  无句号长文: (n) => fill((i) => `各地各部门要认真贯彻落实会议精神，切实抓好第${i}项工作的推进，确保年底前取得明显成效，`, n),
  长段任务: (n) => fill((i) => `县住建局要在${(i % 12) + 1}月底前完成老旧管网改造工作。`, n),
  牵头配合: (n) => fill((i) => `由县发改局牵头，县财政局、县住建局配合，于2026年${(i % 12) + 1}月${(i % 28) + 1}日前完成，每月25日前报送进展；`, n),
  序号: (n) => fill((i) => `（${ORD[i % 10]}）${i + 1}.${i % 7}、第${ORD[i % 10]}，`, n),
  有的: (n) => fill(() => '有的干部作风不实；有的单位落实不力；', n),
  占位符: (n) => fill(() => 'XX月XX日，XX局要XX%完成××，', n),
  全角空格: (n) => `要${'\u3000'.repeat(n - 2)}。`,
  空格: (n) => `${' '.repeat(n - 1)}X`,
  逗号: (n) => `一是${'，'.repeat(n - 3)}X`,
  分号冒号: (n) => fill((i) => (i % 50 ? '；' : '：'), n),
  引号: (n) => fill(() => '“要', n),
  日期: (n) => fill((i) => `2026年${(i % 12) + 1}月${(i % 28) + 1}日至`, n),
  首先其次: (n) => fill((i) => ['首先，要抓落实，', '其次，要重实效，', '最后，要严考核，'][i % 3]!, n),
  存在差距: (n) => fill((i) => `在产业发展、项目建设、民生保障等方面还存在差距，第${i}条`, n),
};
