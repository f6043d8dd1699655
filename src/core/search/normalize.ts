// Text keys for search: the same folding the evaluation uses (NFKC, lower case, no spaces or
// - _ . / ·), plus full and initial-letter pinyin for names that contain Chinese characters.
import { pinyin } from "pinyin-pro";

const FOLD_RE = /[\s\-_./·]+/g;
const HAN_RE = /\p{Script=Han}/u;

export function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(FOLD_RE, "");
}

export function hasHan(text: string): boolean {
  return HAN_RE.test(text);
}

/**
 * Full pinyin ("weifuwu") and initials ("wfw") of a name; Latin runs and digits are kept whole
 * in both, so "QCon北京2018" gives "qconbeijing2018" and "qconbj2018".
 */
export function nameToPinyinKeys(name: string): { full: string; initials: string } {
  const text = name.normalize("NFKC");
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" });
  const chars = [...text];
  // With nonZh "consecutive", each Han char yields one syllable and each non-Han run one item;
  // walk both to know which items are syllables.
  let full = "";
  let initials = "";
  let i = 0;
  for (const item of syllables) {
    const ch = chars[i] ?? "";
    if (HAN_RE.test(ch)) {
      full += item;
      initials += item.charAt(0);
      i += 1;
    } else {
      full += item;
      initials += item;
      i += [...item].length;
    }
  }
  return { full: foldText(full), initials: foldText(initials) };
}
