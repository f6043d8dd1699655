// Finds lexicon names and aliases in text: one character trie over all surface forms, scanned
// left to right, longest match first. Case-insensitive; a run of white space in the text matches
// one space in a term. Word boundaries: a Latin term may not start or end inside a Latin word
// (no "Java" in "JavaScript", no "IM" in "IMAGE"); a CJK term must start and end on jieba word
// boundaries (no "中台" inside an unrelated longer word).
import type { LexiconEntry } from "../types";
import type { Lexicon } from "../lexicon";
import type { Segmented } from "./segment";

export interface TrieNode {
  next: Map<number, TrieNode>;
  /** The only child's character and node (most nodes deep in a term have one): no Map lookup. */
  onlyChar: number;
  only?: TrieNode;
  entry?: LexiconEntry;
  /** Other entries an alias spells out in full ("美团配送" = 美团 + 配送): they are mentioned too. */
  also?: LexiconEntry[];
  /** Length of the surface form ending here, in characters, ignoring white space. */
  depth: number;
}

export interface Hit {
  start: number;
  end: number;
  entry: LexiconEntry;
  also?: LexiconEntry[];
}

const SPACE = 32;
/** Longest white-space run skipped inside a CJK term. */
const MAX_CJK_GAP = 2;

/** NFKC, lower case, white space runs as one space: the form stored in the trie. */
export function surfaceForm(term: string): string {
  return term.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** The forms of a term put in the trie: as written, and without separators ("cicd", "servicemesh"). */
function trieForms(term: string): string[] {
  const form = surfaceForm(term);
  const bare = form.replace(/[\s\-_./·]+/gu, "");
  return bare.length >= 2 && bare !== form ? [form, bare] : [form];
}

function insert(root: TrieNode, form: string): TrieNode {
  let node = root;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map(), onlyChar: -1, depth: node.depth + (c === SPACE ? 0 : 1) };
      node.next.set(c, child);
    }
    node = child;
  }
  return node;
}

/** The trie and a table of the characters a term can start with (most characters cannot). */
export interface TermTrie {
  root: TrieNode;
  first: Uint8Array;
}

export function buildTermTrie(lexicon: Lexicon): TermTrie {
  const root: TrieNode = { next: new Map(), onlyChar: -1, depth: 0 };
  const owner = new Map<string, LexiconEntry>();
  for (const entry of lexicon.entries) {
    for (const term of [entry.name, ...(entry.aliases ?? [])]) {
      for (const form of trieForms(term)) {
        insert(root, form).entry ??= entry;
        if (!owner.has(form)) owner.set(form, entry);
      }
    }
  }
  // An alias made of the entry's own name plus another entry's name names both.
  for (const [form, entry] of owner) {
    for (let cut = 1; cut < form.length; cut++) {
      const head = owner.get(form.slice(0, cut).trim());
      const tail = owner.get(form.slice(cut).trim());
      const other = head === entry ? tail : tail === entry ? head : undefined;
      if (!other || other === entry) continue;
      const node = insert(root, form);
      if (!node.also?.includes(other)) (node.also ??= []).push(other);
    }
  }
  const first = new Uint8Array(0x10000);
  for (const c of root.next.keys()) first[c] = 1;
  markOnlyChildren(root);
  return { root, first };
}

function markOnlyChildren(root: TrieNode): void {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.next.size === 1) {
      const [c, child] = [...node.next][0]!;
      node.onlyChar = c;
      node.only = child;
    }
    for (const child of node.next.values()) stack.push(child);
  }
}

function step(node: TrieNode, c: number): TrieNode | undefined {
  if (node.onlyChar >= 0) return node.onlyChar === c ? node.only : undefined;
  return node.next.size === 0 ? undefined : node.next.get(c);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Latin letters and digits (lower-cased text): the characters a Latin word is made of. */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    isDigit(c) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isCjk(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
  );
}

function startOk(seg: Segmented, i: number, c: number): boolean {
  if (isWordChar(c)) return i === 0 || !isWordChar(seg.lower.charCodeAt(i - 1));
  if (isCjk(c)) return seg.bound[i] === 1;
  return true;
}

/** Where the match really ends, or -1 when the end falls inside a word. */
function endAt(seg: Segmented, end: number, depth: number): number {
  const s = seg.lower;
  const last = s.charCodeAt(end - 1);
  if (isCjk(last)) return seg.bound[end] === 1 ? end : -1;
  if (!isWordChar(last) || end >= s.length) return end;
  const next = s.charCodeAt(end);
  if (!isWordChar(next)) return end;
  const letterEnd = !isDigit(last);
  // A version number after a name of 4+ characters still names it ("Python3", "Java8").
  if (letterEnd && depth >= 4 && isDigit(next)) {
    let k = end;
    while (k < s.length && isDigit(s.charCodeAt(k))) k++;
    return k < s.length && isWordChar(s.charCodeAt(k)) ? -1 : end;
  }
  // An English plural of a name of 3+ characters ("APIs", "microservices").
  if (letterEnd && depth >= 3 && next === 115 && !isWordChar(s.charCodeAt(end + 1))) return end;
  return -1;
}

/**
 * Whether a one-word name read across a space is really that name split in two ("Rabbit MQ",
 * "Alert manager"), not two short words that spell it ("is a" is no ISA): both parts of 2+
 * letters and the name of 6+ letters.
 */
function isSplitName(s: string, start: number, gap: number, end: number): boolean {
  let left = 0;
  for (let p = gap - 1; p >= start && isLetter(s.charCodeAt(p)); p--) left++;
  let right = 0;
  for (let p = gap + 1; p < end && isLetter(s.charCodeAt(p)); p++) right++;
  return left >= 2 && right >= 2 && end - start - 1 >= 6;
}

/** All non-overlapping lexicon matches in one segmented field, in text order. */
export function scanTerms(seg: Segmented, trie: TermTrie): Hit[] {
  const { root, first } = trie;
  const s = seg.lower;
  const n = s.length;
  const hits: Hit[] = [];
  // Candidate ends of the current match, longest last; reused (no allocation per position).
  const endPos: number[] = [];
  const endNode: TrieNode[] = [];
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (first[c] === 0 || !startOk(seg, i, c)) {
      i++;
      continue;
    }
    let node = root.next.get(c)!;
    let ends = 0;
    let j = i + 1;
    // Where a one-space gap could have been skipped while a term with that space was followed
    // ("Byte Code" while "Byte Dance" is a term): tried when that path ends without a match.
    let altNode: TrieNode | undefined;
    let altJ = 0;
    let altEnds = 0;
    // Where a space between two Latin letters was skipped, on the path taken and on the other.
    let latinGap = -1;
    let altLatinGap = -1;
    for (;;) {
      if (node.entry) {
        endPos[ends] = j;
        endNode[ends++] = node;
      }
      let nx: TrieNode | undefined;
      let nj = j + 1;
      if (j < n) {
        const cj = s.charCodeAt(j);
        if (isSpace(cj)) {
          const sp = step(node, SPACE);
          let k = j;
          while (k < n && isSpace(s.charCodeAt(k))) k++;
          // PDF text often breaks a Chinese word with a space or line break ("调用 链"): a short
          // white-space run between two CJK characters of a term is skipped. So is one space
          // between two Latin letters of a one-word name ("Alert manager", "Rabbit MQ"), and one
          // between Chinese and Latin.
          const prev = s.charCodeAt(j - 1);
          const next = k < n ? s.charCodeAt(k) : -1;
          const latin = k - j === 1 && isLetter(prev) && isLetter(next);
          // Mixed text often spaces Chinese from Latin ("一致性 Hash" for the term 一致性Hash).
          const mixed =
            k - j === 1 && ((isCjk(prev) && isWordChar(next)) || (isWordChar(prev) && isCjk(next)));
          const gap = (k - j <= MAX_CJK_GAP && isCjk(prev) && isCjk(next)) || latin || mixed;
          const after: TrieNode | undefined = gap ? step(node, next) : undefined;
          if (sp) {
            // Only when the words before the space are no term themselves: "Go monkey patch" is
            // Go and "monkey patch", not gomonkey.
            if (after && altNode === undefined && ends === 0) {
              altNode = after;
              altJ = k + 1;
              altEnds = ends;
              altLatinGap = latin ? j : -1;
            }
            nx = sp;
            nj = k;
          } else {
            nx = after;
            nj = k + 1;
            if (latin && after) latinGap = j;
          }
        } else {
          nx = step(node, cj);
        }
      }
      if (nx) {
        node = nx;
        j = nj;
        continue;
      }
      // The spaced path ended with no term: take the gap instead.
      if (altNode !== undefined && ends === altEnds) {
        node = altNode;
        j = altJ;
        altNode = undefined;
        latinGap = altLatinGap;
        continue;
      }
      break;
    }
    let matched = false;
    for (let k = ends - 1; k >= 0; k--) {
      const cand = endNode[k]!;
      if (latinGap >= 0 && endPos[k]! > latinGap && !isSplitName(s, i, latinGap, endPos[k]!))
        continue;
      const end = endAt(seg, endPos[k]!, cand.depth);
      if (end < 0) continue;
      hits.push({
        start: i,
        end,
        entry: cand.entry!,
        ...(cand.also ? { also: cand.also } : {}),
      });
      i = end;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return hits;
}
