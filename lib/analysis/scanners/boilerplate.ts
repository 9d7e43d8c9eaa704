/**
 * Material-site noise and header/footer boilerplate (domain.md §1.4, §6 group 7 `NOISE` / `NOISE_SPAN` / `PAGE_NO`).
 *
 * Pure, no DOM. Offsets are UTF-16 code units into the line passed in. Matching runs on a 1:1 folded shadow
 * (full-width ASCII → ASCII, U+3000 → space, a few Traditional → Simplified characters), so offsets never
 * shift. All patterns are bounded or single-class runs: linear time.
 *
 * The vocabulary is deliberately narrower than the raw `NOISE` regex where a word also occurs in real
 * government prose: bare 扫码/公众号/QQ群/订阅/客服/会员/关注/推荐阅读/免费赠送/不得传播/仅供参考 are not noise;
 * they need a promo/nav context (扫码关注, 公众号：, QQ群：123456, 点击订阅, 联系客服, 加入会员, 关注我们 at a line
 * start, 推荐阅读 as a line-leading label, 免费赠送…资料, 严禁转载, 仅供学习).
 */

// ---------------------------------------------------------------------------------------------------------------
// Folding (length-preserving)

const T2S: Record<string, string> = Object.fromEntries(
  [
    '會会', '員员', '閱阅', '讀读', '載载', '傳传', '權权', '聲声', '說说', '網网', '掃扫', '關关', '號号', '眾众', '錄录',
    '檔档', '評评', '論论', '薦荐', '頁页', '覽览', '僅仅', '學学', '習习', '轉转', '請请', '複复', '製制', '獲获', '廣广',
    '謝谢', '買买', '續续', '費费', '參参', '預预', '結结', '隱隐', '顯显', '當当', '現现', '來来', '與与', '無无', '從从',
    '觀观', '點点', '導导', '舉举', '報报', '賣卖', '賬账', '戶户', '條条', '換换', '專专', '區区', '擊击', '實实', '時时',
    '聯联', '繫系', '門门', '註注', '冊册', '碼码', '後后', '發发', '佈布', '鏈链', '標标', '題题', '圖图', '內内', '歡欢',
    '線线', '廳厅', '價价', '寫写', '補补', '詢询', '體体', '驗验', '進进', '開开', '統统', '務务', '貢贡', '獻献', '於于',
    '頂顶', '訂订', '贈赠', '領领',
  ].map((p) => [p[0]!, p[1]!]),
);

/** The simplified form of each traditional char, by char code. */
const T2S_CODE = new Map(Object.entries(T2S).map(([t, simple]) => [t.charCodeAt(0), simple]));

/**
 * Full-width ASCII → ASCII, U+3000 → space, traditional → simplified, one char for one (nb. a loop over char codes,
 * not a replace with a function: every line with a full-width comma went through the callback path).
 */
function fold(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const r = c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? ' ' : c >= 0x4e00 ? T2S_CODE.get(c) : undefined;
    if (r === undefined) continue;
    out += s.slice(from, i) + r;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

// ---------------------------------------------------------------------------------------------------------------
// Line vocabulary (run on the folded line; full-width ：（），！ are already ASCII here)

interface Rule {
  reason: string;
  re: RegExp;
}

const PAGE_LINE = /^\s*(?:[-—–~·]+\s*\d{1,3}\s*[-—–~·]+|第\s*\d{1,4}\s*页|\d{1,3}\s*\/\s*\d{1,3}|page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)\s*$/i;

const SITE_NAME_LINE =
  /^[^\s。,、:]{0,16}(?:文秘|范文|公文|材料|文库|写作|文档|美文|秘书|文稿)(?:网|网站|之家|家园|大全|吧|库|站|平台|社|123)$/;
const URL_LINE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,6}(?:\/\S{0,200})?$/i;
const BRACKETED_RESALE = /^[【[]\s*[^】\]]{0,12}倒卖[^】\]]{0,12}[】\]]$/;

const RULES: readonly Rule[] = [
  {
    reason: '文档页码',
    re: /已(?:阅读|浏览|读)\s*\d+\s*页|还剩\s*\d+\s*页|剩余\s*\d+\s*页未读|第\s*\d+\s*页\s*[/,]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*,?\s*(?:当前)?第\s*\d+\s*页/,
  },
  {
    reason: '付费提示',
    re: new RegExp(
      [
        '(?:全文|文章|本文|正文)(?:共|约|总计|大约)\\s*\\d+\\s*个?字',
        '当前仅显示\\s*\\d+',
        '此处隐藏\\s*\\d+',
        '(?:已)?省略\\s*\\d+\\s*个?字',
        '隐藏\\s*\\d+\\s*个?字',
        '余下全文',
        '剩余\\s*\\d+\\s*字',
        'VIP(?:会员|专享|专免|可见|免费|下载|用户|特权|文档|专区|价)',
        '(?:开通|成为|升级|购买|充值)\\s*VIP',
        '正式会员(?=可|才|专|免费|查看|阅读|下载|登录)',
        '会员(?:可|才可)(?:见|查看|阅读|下载|完整|免费)',
        '请?下载后(?:阅读|编辑|查看|使用|打印)',
        '(?:请先|您需要先?|需要先)登录',
        '登录后(?:查看|阅读|下载|可见|继续|复制|获取)',
        '阅读全部(?:图文)?内容',
        '(?:点击|免费|展开|继续)(?:查看|阅读)全文',
        '查看全文\\s*[>»›]',
        '展开全文',
        '继续(?:免费)?阅读',
        '(?:预览|试读)结束',
        '(?:付费|积分|金币)下载',
        '下载(?:券|积分)',
        '\\(未完',
        '未完待续',
        '未完,\\s*(?:全文|继续|请)',
        '(?:复制|下载)(?:本文|全文)需',
        '\\d+(?:\\.\\d+)?\\s*[KM]B\\s*\\d+\\s*页',
      ].join('|'),
      'i',
    ),
  },
  {
    reason: '文档站',
    re: new RegExp(
      [
        '由(?:会员|用户|网友)(?:分享|上传|投稿|提供)',
        '(?:文档|文件)(?:贡献者|页数|编号|大小|格式|分类|上传者?)\\s*:',
        '上传(?:者|人|时间)\\s*:',
        '本文档由',
        '请在[^。]{1,20}上搜索',
        '下载文档前请',
        '原创力文档|道客巴巴|百度文库|人人文库|豆丁网|文库网|第一文库',
        '\\d+页珍藏版',
        '下载(?:本文档?|全文|完整版|完整文档|此文档?|该文档|原文|word|doc)',
        '(?:文档|本文|范文|全文)(?:免费)?下载',
        '进行举报或认领',
      ].join('|'),
      'i',
    ),
  },
  {
    reason: '水印',
    re: new RegExp(
      [
        '(?:禁止|严禁|请勿|不得|谢绝|切勿)(?:外传|转载|二次传播|二次分发|倒卖|商用)',
        '未经(?:本站|本网|作者|平台|本平台)?(?:许可|授权|同意),?\\s*(?:严禁|禁止|不得|请勿|谢绝)?(?:转载|外传|二次传播|摘编)',
        '仅供(?:会员|个人|学习|大家学习)',
        '仅供参考(?:学习|借鉴|交流|使用)',
        '(?:范文|资料|文章|本文|文档)(?:内容)?仅供(?:参考|学习)',
        '版权(?:说明|声明|所有|归[^。]{0,12}所有)',
        '©|copyright',
        '(?:如|若)(?:有|涉及|存在|内容存在|发现)(?:侵权|侵犯)',
        '侵权(?:请)?(?:联系|删除|必究|投诉)',
        '侵删',
        '来源于(?:网络|网友|互联网)',
        '(?:转自|源自|整理自)(?:网络|互联网)',
        '不代表本(?:站|网|平台)(?:观点|立场)',
        '仅代表作者(?:个人|本人)?(?:观点|立场)',
        '原创(?:解析|范文|首发|文章|稿件)',
        '作者原创',
        '转载请',
      ].join('|'),
      'i',
    ),
  },
  {
    reason: '广告',
    re: new RegExp(
      [
        'QQ\\s*(?:群|号)?\\s*号?\\s*:?\\s*\\d{5,}',
        '(?:会员|材料|公文|写作|范文|VIP)(?:交流)?群',
        '(?:加|进|入)群(?=\\s*:|\\s*\\d|领取|获取|免费|下载)',
        '微信号?\\s*:\\s*[A-Za-z0-9_-]{5,}',
        '微信号\\s*:',
        '(?:vx|v信|薇信|威信|wx)\\s*:?\\s*[A-Za-z0-9_-]{5,}',
        '(?:加我|添加|加)微信',
        '微信同号',
        '公众号\\s*:',
        '关注(?:我们的?)?(?:微信)?(?:公众号|订阅号|视频号|抖音号?)',
        '(?:搜索|微信搜)公众号',
        '公众号(?:搜索|回复|后台)',
        '扫一扫',
        '长按(?:识别|扫描|扫码)',
        '扫码(?:关注|加[群好微入]|进群|入群|联系|咨询|获取|领取|下载|阅读|添加|免费|购买|支付)',
        '扫描(?:下方|上方|左侧|右侧|以下|如下)?二维码(?:关注|加[群好微入]|进群|入群|联系|咨询|获取|领取|下载|阅读|添加|免费)',
        '点击上方蓝字',
        '点击(?:关注|订阅)',
        '(?:请|欢迎|点击|扫码|长按)关注我们',
        '^关注我们',
        '欢迎关注',
        '订阅(?:号|本站|我们|更新|频道|专栏)',
        '(?:点击|免费|立即|一键)订阅',
        '立享',
        '限时(?:优惠|特惠|折扣|抢购|免费)',
        '免费(?:赠送|领取|获取|送)(?=[^。]{0,12}(?:资料|范文|模板|素材|文档|会员|VIP|全文|稿|积分|写作))',
        '举报倒卖',
        '倒卖(?:资料|文档|范文|本站|会员|账号)',
        '加入会员',
        '开通会员',
        '成为会员(?![单企国代])',
        '会员(?:专享|免费|特权|中心|登录|注册|下载|价)',
        '以稿换稿',
        '打包下载',
        '一站式(?:打包|下载|购齐)',
        '每日更新',
        '精品范文',
        '仅限(?:本人|个人|会员)(?:学习)?使用',
        '封号',
        '会员资料',
        '(?:联系|咨询|在线|专属)客服',
        '客服(?:老师|QQ|微信|VX|电话)?\\s*:',
        '(?:400|800)-?\\d{3}-?\\d{4}',
        '定制代笔',
        '代笔(?:服务|定制)',
        '(?:提供|承接|专业)代写',
        '代写(?:服务|定制)',
        '写作神器|公文神器',
        '立即(?:了解|体验|开通|购买|下载)',
        '了解详情',
        '点击(?:进入|了解|购买|下载|领取)',
      ].join('|'),
      'i',
    ),
  },
  {
    reason: '网站导航',
    re: new RegExp(
      [
        '当前位置\\s*[:>]',
        '您(?:当前|现在)?所在(?:的)?位置',
        '首页\\s*(?:>|›|»|→|/)',
        '>>|»',
        '(?:上一篇|下一篇|上一页|下一页)\\s*:',
        '上一篇[^。]{0,80}下一篇',
        '猜你喜欢',
        '(?:用户|网友|最新)评论',
        '留言与评论',
        '发表(?:评论|留言)',
        '我要(?:评论|留言)',
        '查看(?:全部|更多)?评论',
        '共有\\s*\\d*\\s*条(?:评论|留言)',
        '\\d+\\s*条评论',
        '打印本页|关闭窗口',
        '返回(?:顶部|首页|列表)',
        '分享到\\s*:',
        '字号\\s*:?\\s*[【\\[]?大',
        '字体\\s*:\\s*大',
        '(?:浏览|阅读|点击)(?:次数|量|数)\\s*:',
        '(?:^|\\s)阅读\\s*\\d*\\s*次',
        '发布(?:时间|日期)\\s*:',
        '责任编辑\\s*:|责编\\s*:',
        '【收藏】|加入收藏|收藏本(?:文|页|站)',
        '作者\\s*:\\s*(?:佚名|未知|admin)',
        '(?:作者|来源|编辑)\\s*:[^:]{0,40}(?:作者|来源|发布|浏览|阅读|时间|编辑)\\s*:',
        '本文(?:标题|链接|网址|地址)\\s*:',
        '(?:原文|链接)(?:链接|地址)\\s*:',
        '文章标签\\s*:',
        '(?:热门|相关)标签',
        '网站地图|技术支持\\s*:|ICP备\\s*\\d+',
        '(?:关于我们|联系我们)\\s*[|｜]|[|｜]\\s*(?:关于我们|联系我们)',
        '^[\\s【\\[<(]*(?:上一篇|下一篇|推荐阅读|相关阅读|相关文章|相关推荐|相关范文|热门(?:文章|推荐|阅读)|精彩推荐|延伸阅读|最新(?:文章|更新|范文)|更多(?:范文|文章|精彩))(?=\\s*$|[:\\s】\\]>)]|\\d)',
      ].join('|'),
      'i',
    ),
  },
];

/**
 * Why a line is material-site noise, or null: a short label in Chinese ("水印" / "广告" / "网站导航" /
 * "付费提示" / "文档站" / "文档页码" / "网站名"). Looks at vocabulary only, not at length: the caller decides
 * whether to drop the line (short or bracketed, see findBoilerplateBlocks) or only the span.
 */
export function noiseReason(line: string): string | null {
  return foldedNoiseReason(fold(line).trim());
}

/** noiseReason of a line already folded and trimmed. */
function foldedNoiseReason(t: string): string | null {
  if (t === '') return null;
  if (PAGE_LINE.test(t)) return '文档页码';
  if (BRACKETED_RESALE.test(t)) return '广告';
  for (const r of RULES) if (r.re.test(t)) return r.reason;
  if (t.length <= 30 && SITE_NAME_LINE.test(t)) return '网站名';
  if (t.length <= 120 && URL_LINE.test(t)) return '网站名';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Spans inside a line

export interface NoiseSpan {
  start: number;
  end: number;
  reason: string;
}

/** exec loop over a module-level global regex (String#matchAll clones the regex on every call: slow on many lines). */
function eachMatch(re: RegExp, line: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

const isAsciiPrintable = (c: number): boolean => c >= 0x21 && c <= 0x7e;
const isAsciiPunct = (c: number): boolean =>
  (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
const isHSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;

/**
 * Discuz "干扰码": ≥4 whitespace-separated tokens of 1–3 printable ASCII chars (e.g. `8 [; o H! @9 B! f& ?# \`)
 * holding ≥3 ASCII punctuation chars of ≥2 different kinds and at least one letter/digit. Hand-written scan
 * (the NOISE_SPAN regex backtracks on long runs).
 */
function jammerSpans(line: string, out: NoiseSpan[]): void {
  let i = 0;
  const n = line.length;
  let chainStart = -1;
  let chainEnd = -1;
  let tokens = 0;
  let punct = 0;
  let alnum = 0;
  const kinds = new Set<number>();
  const flush = (): void => {
    if (chainStart < 0) return;
    if (tokens >= 4 && punct >= 3 && kinds.size >= 2 && alnum >= 1) {
      out.push({ start: chainStart, end: chainEnd, reason: '干扰码' });
    }
    chainStart = -1;
    tokens = 0;
    punct = 0;
    alnum = 0;
    kinds.clear();
  };
  while (i < n) {
    const c = line.charCodeAt(i);
    if (!isAsciiPrintable(c)) {
      if (!isHSpace(c)) flush();
      i++;
      continue;
    }
    // a token of printable ASCII
    const ts = i;
    while (i < n && isAsciiPrintable(line.charCodeAt(i))) i++;
    const len = i - ts;
    if (len > 3) {
      flush();
      continue;
    }
    // any other character flushed the chain above, so a live chain is separated by horizontal space only
    if (chainStart < 0) chainStart = ts;
    chainEnd = i;
    tokens++;
    for (let k = ts; k < i; k++) {
      const ck = line.charCodeAt(k);
      if (isAsciiPunct(ck)) {
        punct++;
        kinds.add(ck);
      } else alnum++;
    }
  }
  flush();
}

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN_RE = /(?<=[\u4e00-\u9fff])[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6})[)）]/g;

/** Pinyin ruby glued after a hanzi: `系統(tǒng)`. Toned syllables always; toneless only when ≥3 in the line. */
function pinyinSpans(line: string, out: NoiseSpan[]): void {
  const hits: RegExpExecArray[] = [];
  eachMatch(PINYIN_RE, line, (m) => hits.push(m));
  if (hits.length === 0) return;
  const toneless = hits.filter((m) => ![...(m[1] ?? '')].some((ch) => TONE.includes(ch))).length;
  for (const m of hits) {
    const toned = [...(m[1] ?? '')].some((ch) => TONE.includes(ch));
    if (toned || toneless >= 3) out.push({ start: m.index, end: m.index + m[0].length, reason: '拼音注音' });
  }
}

const HTML_TAGS =
  'p|div|span|br|hr|a|b|i|u|s|strong|em|font|img|table|tr|td|th|tbody|thead|tfoot|ul|ol|li|dl|dt|dd|h[1-6]|section|article|style|script|meta|link|sup|sub|center|blockquote|pre|code|iframe|input|label|button|form|small|big|strike|del|ins|col|colgroup|caption|nav|header|footer|main|figure|figcaption|wbr|html|head|body|title';
// attributes: name, optionally = "…" / '…' / bare value; bounded so the scan stays linear
const HTML_ATTRS = `(?:\\s+[A-Za-z_:][-\\w:.]{0,40}(?:\\s*=\\s*(?:"[^"<>]{0,300}"|'[^'<>]{0,300}'|[^\\s"'<>]{1,100}))?){0,20}`;
const HTML_RE = new RegExp(
  [
    `</?(?:${HTML_TAGS}|[a-z]{1,5}:[A-Za-z]{1,20})${HTML_ATTRS}\\s*/?>`,
    '<!--[^]{0,2000}?-->',
    '&(?:nbsp|ensp|emsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|bull|#\\d{2,6}|#x[0-9a-fA-F]{2,5});',
  ].join('|'),
  'gi',
);

function htmlSpans(line: string, out: NoiseSpan[]): void {
  eachMatch(HTML_RE, line, (m) => out.push({ start: m.index, end: m.index + m[0].length, reason: 'HTML标签' }));
}

const SELECTOR_CHAR = /[\w.#:,>*\s\-[\]="'@()%]/;

/** `@page { size: 8.27in … }`, `p.MsoNormal{margin:0}`: a selector/at-rule, then `{…:…}` without nesting. */
function cssSpans(line: string, out: NoiseSpan[]): void {
  let from = 0;
  for (;;) {
    const open = line.indexOf('{', from);
    if (open < 0) return;
    let close = -1;
    for (let k = open + 1; k < line.length && k <= open + 2000; k++) {
      const ch = line[k];
      if (ch === '}') {
        close = k;
        break;
      }
      if (ch === '{') break;
    }
    from = open + 1;
    if (close < 0) continue;
    const body = line.slice(open + 1, close);
    if (!body.includes(':')) continue;
    // walk back over selector characters (bounded)
    let s = open;
    while (s > 0 && open - s < 120 && SELECTOR_CHAR.test(line[s - 1]!)) s--;
    while (s < open && /\s/.test(line[s]!)) s++;
    const sel = line.slice(s, open).trim();
    if (!/^(?:@[a-z-]+|[A-Za-z.#*])/.test(sel)) continue;
    out.push({ start: s, end: close + 1, reason: '样式代码' });
    from = close + 1;
  }
}

const SPAM_LEAD = '澳门|新葡京|葡京|威尼斯人|欧洲杯|世界杯|博彩|投注|娱乐城|皇冠|太阳城|百家乐|金沙|永利|银河娱乐';
// Only words that have no innocent reading right after a lead word (not 平台/注册/下载/足球: "澳门注册企业").
const SPAM_FOLLOW =
  '澳门|金沙城中心|金沙|新葡京|葡京|威尼斯人|英皇|欧洲杯|世界杯|足球网|体育官网|投注|下注|官网平台|官方网站|官网|网址|博彩|娱乐城|赌场|真人|棋牌|彩票|开户|百家乐|太阳城|皇冠|永利';
const SPAM_SEP = '[_\\-—–【】\\[\\],，|｜·\\s]';
const SPAM_RE = new RegExp(`(?:${SPAM_LEAD})(?:${SPAM_SEP}*(?:${SPAM_FOLLOW}))+${SPAM_SEP}*`, 'g');

function spamSpans(line: string, out: NoiseSpan[]): void {
  eachMatch(SPAM_RE, line, (m) => out.push({ start: m.index, end: m.index + m[0].length, reason: '博彩广告' }));
}

const BRACKET_RE = /[(（][^()（）\n]{1,150}[)）]|【[^【】\n]{1,150}】|\[[^[\]\n]{1,150}\]/g;

/** Bracketed paywall/watermark inserts inside running text: `……(新文秘网…省略203字,正式会员可完整阅读)……`. */
function bracketNoiseSpans(line: string, out: NoiseSpan[]): void {
  const found: RegExpExecArray[] = [];
  eachMatch(BRACKET_RE, line, (m) => found.push(m));
  for (const m of found) {
    // nb. Folded once for both questions.
    const folded = fold(m[0].slice(1, -1));
    if (PAGE_LINE.test(folded)) continue; // （1/3） is a fraction here, not a page number
    const reason = foldedNoiseReason(folded.trim());
    if (!reason || reason === '网站名') continue;
    let s = m.index;
    let e = s + m[0].length;
    // swallow the ellipses that sites put around the insert
    while (s > 0 && (line[s - 1] === '…' || line[s - 1] === '.')) s--;
    while (e < line.length && (line[e] === '…' || line[e] === '.')) e++;
    out.push({ start: s, end: e, reason });
  }
}

/**
 * Spans inside a longer line that are injected noise (Discuz jammer codes, pinyin ruby "(tǒng)", SEO spam like
 * 澳门…投注官网平台, leaked HTML tags/entities and CSS `@page{…}`, bracketed paywall/watermark inserts); offsets
 * into `line`, sorted, non-overlapping (overlapping spans, and touching spans of one reason, are merged; the first
 * reason is kept).
 */
export function findNoiseSpans(line: string): NoiseSpan[] {
  const spans: NoiseSpan[] = [];
  // cheap pre-checks: most lines of a draft hold none of the trigger characters
  if (/[!-~][ \t]/.test(line)) jammerSpans(line, spans);
  const paren = /[(（]/.test(line);
  if (paren) pinyinSpans(line, spans);
  if (/[<&]/.test(line)) htmlSpans(line, spans);
  if (line.includes('{')) cssSpans(line, spans);
  spamSpans(line, spans);
  if (paren || /[【[]/.test(line)) bracketNoiseSpans(line, spans);
  if (spans.length === 0) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: NoiseSpan[] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && (sp.start < last.end || (sp.start === last.end && sp.reason === last.reason))) {
      last.end = Math.max(last.end, sp.end);
    }
    else merged.push({ ...sp });
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

export interface BoilerplateBlock {
  first: number;
  last: number;
  reasons: string[];
}

const TITLE_WORDS = /讲话|报告|通知|方案|意见|要点|计划|纪要|决定|办法|总结|发言/;
const HEADING_START =
  /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、,，．.]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|\d{1,2}\s*[.．、,，](?!\d)|[（(]\s*\d{1,2}\s*[）)]|第[一二三四五六七八九十]{1,3}[，,、：:]|[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,2}[、，,：:]|(?:首先|其次|再次|最后)[，,]|[\u2460-\u249b\u3220-\u3229])/;
const DATE_ANY =
  /(?:[12]\d{3}|[〇零一二三四五六七八九○]{4}|20[Xx×]{2})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[Xx×]{1,2})\s*月|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}/;
const SENTENCE_END = /[。！？!?；;…]$/;
const APPARATUS_START = /^(?:附件|抄送|主送|联系人|联系电话|印发|签发|谢谢|同志们)/;
const PARENTHESIZED = /^[（(].*[）)]$/;

const isBracketed = (t: string): boolean => {
  // nb. trimmed by hand: `[…. ]+$` retried from every position of a long run of spaces (quadratic).
  let s = 0;
  let e = t.length;
  while (s < e && '…. '.includes(t[s]!)) s++;
  while (e > s && '…. '.includes(t[e - 1]!)) e--;
  const core = t.slice(s, e);
  return /^[【(（[]/.test(core) && /[】)）\]]$/.test(core);
};

/** A noise line that is short (< 80) or bracketed, i.e. one that is dropped whole. */
function droppableNoise(t: string): string | null {
  // Only a short or bracketed line can be dropped: skip reading long body lines at all.
  if (t === '' || (t.length >= 80 && !isBracketed(t))) return null;
  const r = noiseReason(t);
  if (!r) return null;
  return t.length < 80 || isBracketed(t) ? r : null;
}

/** Short site chrome that may sit inside a header/footer block next to a noise line. */
function isFiller(t: string): boolean {
  if (t.length >= 40) return false;
  if (SENTENCE_END.test(t)) return false;
  if (/[：:]/.test(t)) return false; // salutations, "key：value" lines
  if (TITLE_WORDS.test(t)) return false;
  if (HEADING_START.test(t)) return false;
  if (DATE_ANY.test(t)) return false;
  if (PARENTHESIZED.test(t)) return false; // （讨论稿） （2024年3月5日） （此件公开发布）
  if (APPARATUS_START.test(t)) return false;
  return true;
}

/** Bare page-number line ("12") between two long lines: a page break in a copied PDF/doc. */
function isBarePageNumber(trimmed: string[], i: number): boolean {
  if (!/^\d{1,3}$/.test(trimmed[i]!)) return false;
  let p = i - 1;
  while (p >= 0 && trimmed[p] === '') p--;
  let q = i + 1;
  while (q < trimmed.length && trimmed[q] === '') q++;
  return p >= 0 && q < trimmed.length && trimmed[p]!.length >= 40 && trimmed[q]!.length >= 40;
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];

/** A header/footer run longer than this (non-blank lines) is a list or table, not site chrome: no block. */
const MAX_EDGE_LINES = 40;

/**
 * Given all lines of a document ('' for blank), return the boilerplate as groups {first, last, reasons}:
 * - a header block: a run of lines from the document start (blank lines allowed inside) made of droppable noise
 *   lines and short filler (< 40 chars, no sentence-final punctuation, no colon, not a title / salutation /
 *   heading / date / parenthesized line), containing at least one noise line;
 * - a footer block: the same from the document end, starting at its first noise line (so a 落款 or a closing line
 *   just before the footer is kept);
 * - a run of more than 40 non-blank lines is not a header/footer (a list or flattened table): no block;
 * - every other droppable noise line (short or bracketed), consecutive ones (blank lines between allowed) merged.
 * Groups are sorted and never overlap; `reasons` lists the distinct noise labels in order.
 */
export function findBoilerplateBlocks(lines: string[]): BoilerplateBlock[] {
  const n = lines.length;
  const trimmed = lines.map((l) => l.trim());
  const noise: Array<string | null> = trimmed.map((t, i) => droppableNoise(t) ?? (isBarePageNumber(trimmed, i) ? '文档页码' : null));
  const eligible = (i: number): boolean => trimmed[i] === '' || noise[i] !== null || isFiller(trimmed[i]!);

  const blocks: BoilerplateBlock[] = [];
  const reasonsOf = (a: number, b: number): string[] => {
    const rs: string[] = [];
    for (let i = a; i <= b; i++) if (noise[i]) rs.push(noise[i]!);
    return uniq(rs);
  };

  // header
  let headerEnd = -1; // last index covered by the header block
  {
    let i = 0;
    let nonBlank = 0;
    while (i < n && eligible(i) && nonBlank <= MAX_EDGE_LINES) {
      if (trimmed[i] !== '') nonBlank++;
      i++;
    }
    // run is [0, i); trim blanks at both ends
    let a = 0;
    while (a < i && trimmed[a] === '') a++;
    let b = i - 1;
    while (b >= a && trimmed[b] === '') b--;
    let hasNoise = false;
    for (let k = a; k <= b; k++) if (noise[k]) hasNoise = true;
    if (hasNoise && nonBlank <= MAX_EDGE_LINES) {
      blocks.push({ first: a, last: b, reasons: reasonsOf(a, b) });
      headerEnd = b;
    }
  }

  // footer
  let footerStart = n;
  {
    let i = n - 1;
    let nonBlank = 0;
    while (i > headerEnd && eligible(i) && nonBlank <= MAX_EDGE_LINES) {
      if (trimmed[i] !== '') nonBlank++;
      i--;
    }
    // run is (i, n); it starts at its first noise line and ends at its last non-blank line
    let a = i + 1;
    while (a < n && !noise[a]) a++;
    let b = n - 1;
    while (b >= a && trimmed[b] === '') b--;
    if (a < n && a <= b && nonBlank <= MAX_EDGE_LINES) {
      blocks.push({ first: a, last: b, reasons: reasonsOf(a, b) });
      footerStart = a;
    }
  }

  // standalone noise lines in between
  const middle: BoilerplateBlock[] = [];
  let cur: BoilerplateBlock | null = null;
  for (let i = headerEnd + 1; i < footerStart; i++) {
    if (trimmed[i] === '') continue;
    if (noise[i]) {
      if (cur) {
        cur.last = i;
        cur.reasons = uniq([...cur.reasons, noise[i]!]);
      } else cur = { first: i, last: i, reasons: [noise[i]!] };
    } else if (cur) {
      middle.push(cur);
      cur = null;
    }
  }
  if (cur) middle.push(cur);

  return [...blocks, ...middle].sort((x, y) => x.first - y.first);
}
