// Discovery of terms the lexicon lacks: Chinese noun compounds from jieba's tags, Latin names
// (CamelCase, acronyms, hyphenated) and English Title-Case phrases, counted across the corpus.
// Only candidates above the documented thresholds (options.ts) become entities; all are returned
// with their figures so `extract --report` can suggest lexicon additions.
import type { EntityType, Tokenizer } from "../types";
import type { Lexicon } from "../lexicon";
import { termKey } from "../lexicon";
import type { ExtractOptions } from "./options";
import type { Segmented, WordTagger } from "./segment";
import { passageAround } from "./evidence";
import { compareStrings } from "./ids";
import { cachedTagger, isGenericPhrase, latinRejection } from "./latin-filter";
import { GENERIC_ZH, GENERIC_ZH_HEADS } from "./stoplist";

export interface Candidate {
  name: string;
  type: EntityType;
  /** Occurrences across the corpus. */
  count: number;
  /** Talks it occurs in. */
  df: number;
  /** Document frequency in the background corpus (THUOCL IT), when known. */
  backgroundDf?: number;
  /** Up to 3 passages where it occurs. */
  examples: string[];
  accepted: boolean;
  /** Why it was not accepted. */
  reason?: string;
}

interface Occurrence {
  /** The field's text (kept by the talk anyway): evidence is cut from it only when accepted. */
  text: string;
  start: number;
  end: number;
}

interface PerTalk {
  count: number;
  inTitle: boolean;
  at: Occurrence[];
}

interface Tally {
  forms: Map<string, number>;
  count: number;
  latin: boolean;
  phrase: boolean;
  talks: Map<string, PerTalk>;
  /** The talk last added to: occurrences come talk by talk, so this saves a lookup. */
  lastTalk: string;
  last: PerTalk | undefined;
}

/** jieba tags of words that may be (part of) a name. */
const NOUN_TAGS = new Set(["n", "nz", "nt", "vn", "nrt", "eng"]);
/** Single jieba words with these tags are candidates on their own; plain nouns only in compounds. */
const NAME_TAGS = new Set(["nz", "nt", "nrt"]);
const LATIN_NAME = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-+.#][A-Za-z0-9]+)*(?![A-Za-z0-9])/gu;
const TITLE_PHRASE = /(?<![A-Za-z0-9])[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]{2,}){1,2}(?![A-Za-z0-9])/gu;
const MAX_KEPT = 3;
const WORD_NOUN = 1;
const WORD_NAME = 2;
const WORD_LEXICON = 4;
const WORD_GENERIC = 8;
const WORD_HEAD = 16;
/** A proper noun that is a generic word or a head word is no candidate on its own. */
const NOT_ALONE = WORD_GENERIC | WORD_HEAD;
const MAX_COMPOUND = 8;
/** A form already judged: its key, or REJECTED (generic, a code identifier, a lexicon term). */
const REJECTED = "";

export function candidateType(name: string, latin: boolean, phrase: boolean): EntityType {
  if (phrase) return "concept";
  if (latin) return "technology";
  if (/(?:公司|集团|科技)$/u.test(name)) return "company";
  if (/(?:平台|系统|框架|引擎|数据库|协议|语言)$/u.test(name)) return "technology";
  return "concept";
}

export class Discovery {
  private tallies = new Map<string, Tally>();
  /** Verdicts per distinct form (termKey is a full text repair: computed once per form). */
  private latinKeys = new Map<string, string>();
  private cjkKeys = new Map<string, string>();
  private phraseKeys = new Map<string, string>();
  /** What discovery needs to know of a CJK word (WORD_* bits), looked up once per distinct word. */
  private wordFlags = new Map<string, number>();
  private tagOf: (word: string) => string;

  constructor(
    private lexicon: Lexicon,
    private options: ExtractOptions,
    tokenizer: Tokenizer & Partial<WordTagger>,
  ) {
    this.tagOf = tokenizer.wordTag
      ? tokenizer.wordTag.bind(tokenizer)
      : cachedTagger((w) => {
          const tagged = tokenizer.tag(w);
          return tagged.length === 1 ? tagged[0]!.tag : "x";
        });
  }

  private keyOf(cache: Map<string, string>, form: string, reject: () => boolean): string {
    let key = cache.get(form);
    if (key === undefined) {
      key = reject() ? REJECTED : termKey(form);
      if (key !== REJECTED && this.lexicon.byKey.has(key)) key = REJECTED;
      cache.set(form, key);
    }
    return key;
  }

  private flagsOf(word: string): number {
    let f = this.wordFlags.get(word);
    if (f === undefined) {
      const tag = this.tagOf(word);
      f =
        (NOUN_TAGS.has(tag) ? WORD_NOUN : 0) |
        (NAME_TAGS.has(tag) ? WORD_NAME : 0) |
        // A compound holding a lexicon term is that term plus filler ("蚂蚁集团" + "技术专家").
        (this.lexicon.byKey.has(termKey(word)) ? WORD_LEXICON : 0) |
        (GENERIC_ZH.has(word) ? WORD_GENERIC : 0) |
        (GENERIC_ZH_HEADS.has(word) ? WORD_HEAD : 0);
      this.wordFlags.set(word, f);
    }
    return f;
  }

  private add(
    talk: string,
    key: string,
    form: string,
    occ: Occurrence,
    inTitle: boolean,
    latin: boolean,
    phrase: boolean,
  ): void {
    let t = this.tallies.get(key);
    if (!t) {
      t = {
        forms: new Map(),
        count: 0,
        latin,
        phrase,
        talks: new Map(),
        lastTalk: "",
        last: undefined,
      };
      this.tallies.set(key, t);
    }
    t.count++;
    t.forms.set(form, (t.forms.get(form) ?? 0) + 1);
    let per = t.lastTalk === talk ? t.last : t.talks.get(talk);
    if (!per) {
      per = { count: 0, inTitle: false, at: [] };
      t.talks.set(talk, per);
    }
    t.lastTalk = talk;
    t.last = per;
    per.count++;
    per.inTitle ||= inTitle;
    if (per.at.length < MAX_KEPT) per.at.push(occ);
  }

  /** Collects the candidates of one field (title or text) of a talk. */
  collect(talk: string, field: Segmented, inTitle: boolean): void {
    const { minCjkLength, minLatinLength } = this.options;
    const { text, words, starts } = field;
    // 1. Chinese: single proper nouns, and compounds of 2–3 adjacent nouns of one run. Only
    // words of 2+ characters start a candidate (a lone "微", "云" is a fragment), so most words
    // cost one length test; tags are looked up for the rest.
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.length < 2) continue;
      const f = this.flagsOf(w);
      if ((f & WORD_NOUN) === 0) continue;
      const at = starts[i]!;
      if (
        (f & WORD_NAME) !== 0 &&
        w.length >= minCjkLength &&
        (f & NOT_ALONE) === 0 &&
        !endsWithHead(w)
      ) {
        const key = this.keyOf(this.cjkKeys, w, () => false);
        if (key)
          this.add(talk, key, w, { text, start: at, end: at + w.length }, inTitle, false, false);
      }
      // Compounds of 2–3 words of 2+ characters each (a 1-character part is mostly a jieba
      // fragment: "数据平" of 大数据平台); no part a lexicon term ("蚂蚁集团技术") or a generic
      // word ("官方文档", "核心链路"); not ending on a role/group/time word ("中间件团队").
      if ((f & (WORD_LEXICON | WORD_GENERIC)) !== 0) continue;
      let form = w;
      let end = at + w.length;
      for (let k = i + 1; k < words.length && k <= i + 2 && starts[k] === end; k++) {
        const next = words[k]!;
        if (next.length < 2) break;
        const nf = this.flagsOf(next);
        if ((nf & WORD_NOUN) === 0 || (nf & (WORD_LEXICON | WORD_GENERIC)) !== 0) break;
        form += next;
        end += next.length;
        if (form.length < minCjkLength || form.length > MAX_COMPOUND) continue;
        if ((nf & WORD_HEAD) !== 0 || endsWithHead(form)) continue;
        const key = this.keyOf(this.cjkKeys, form, () => false);
        if (key) this.add(talk, key, form, { text, start: at, end }, inTitle, false, false);
      }
    }
    // 2. Latin names that are not generic words, code identifiers or addresses (latin-filter.ts),
    // and English Title-Case phrases whose words are not generic.
    for (const m of text.matchAll(LATIN_NAME)) {
      const w = m[0];
      if (w.length < minLatinLength || isPlainLower(w)) continue;
      const key = this.keyOf(this.latinKeys, w, () => latinRejection(w) !== undefined);
      if (key)
        this.add(
          talk,
          key,
          w,
          { text, start: m.index, end: m.index + w.length },
          inTitle,
          true,
          false,
        );
    }
    for (const m of text.matchAll(TITLE_PHRASE)) {
      const p = m[0];
      const key = this.keyOf(this.phraseKeys, p, () => isGenericPhrase(p));
      if (key)
        this.add(
          talk,
          key,
          p,
          { text, start: m.index, end: m.index + p.length },
          inTitle,
          true,
          true,
        );
    }
  }

  /** Every candidate with its figures and verdict, accepted first, then by df and count. */
  finish(talkCount: number): { candidates: Candidate[]; accepted: Map<string, AcceptedTerm> } {
    const o = this.options;
    const candidates: Candidate[] = [];
    const terms = new Map<Candidate, AcceptedTerm>();
    for (const t of this.tallies.values()) {
      const name = mostFrequent(t.forms);
      const df = t.talks.size;
      const bg = t.latin ? undefined : o.background?.get(name);
      const type = candidateType(name, t.latin, t.phrase);
      let talks = t.talks;
      let reason: string | undefined;
      if (bg !== undefined && bg > o.maxBackgroundDf) reason = `common IT word (THUOCL df ${bg})`;
      else if (talkCount >= 20 && df / talkCount > o.maxDfShare)
        reason = `in ${df}/${talkCount} talks > maxDfShare`;
      else if (df < o.minDf || t.count < o.minCount) {
        reason =
          df < o.minDf
            ? `in ${df} talk(s) < minDf ${o.minDf}`
            : `${t.count} occurrence(s) < minCount ${o.minCount}`;
        // One talk's own product or acronym, said again and again (Occlum, SGX): kept for that
        // talk alone, when the talk's title names it or it is an acronym (not a code variable).
        if (t.latin && !t.phrase) {
          const own = new Map(
            [...t.talks].filter(
              ([, per]) => per.count >= o.minTalkCount && (per.inTitle || ACRONYM.test(name)),
            ),
          );
          if (own.size > 0) {
            talks = own;
            reason = undefined;
          }
        }
      }
      // Evidence passages are cut only for what is shown: three when kept, one otherwise.
      const examples = [...talks.values()]
        .flatMap((p) => p.at)
        .slice(0, reason ? 1 : MAX_KEPT)
        .map((a) => passageAround(a.text, a.start, a.end, o.evidenceRadius));
      const candidate: Candidate = {
        name,
        type,
        count: t.count,
        df,
        ...(bg !== undefined ? { backgroundDf: bg } : {}),
        examples,
        accepted: !reason,
        ...(reason ? { reason } : {}),
      };
      candidates.push(candidate);
      if (!reason) terms.set(candidate, { name, type, talks });
    }
    candidates.sort(
      (a, b) =>
        Number(b.accepted) - Number(a.accepted) ||
        b.df - a.df ||
        b.count - a.count ||
        compareStrings(a.name, b.name),
    );
    // 3. A corpus of many talks yields long tails: only the most widespread maxDiscovered stay.
    const accepted = new Map<string, AcceptedTerm>();
    for (const c of candidates) {
      const term = terms.get(c);
      if (!term) continue;
      if (accepted.size < o.maxDiscovered) accepted.set(termKey(c.name), term);
      else {
        c.accepted = false;
        c.reason = `beyond maxDiscovered ${o.maxDiscovered}`;
      }
    }
    return { candidates, accepted };
  }
}

/** "上海站", "钉钉群", "科技有限公司": a place, a group or a legal form, by its last characters. */
function endsWithHead(form: string): boolean {
  for (let n = 1; n <= 4 && n < form.length; n++)
    if (GENERIC_ZH_HEADS.has(form.slice(-n))) return true;
  return false;
}

/** All lower-case letters ("func", "the"): no name shape, skipped before any lookup. */
function isPlainLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** 3–5 capitals (SGX, TEE): an acronym a talk may define and use for itself. */
const ACRONYM = /^[A-Z]{3,5}$/u;

function mostFrequent(forms: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && compareStrings(form, best) < 0)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

export interface AcceptedTerm {
  name: string;
  type: EntityType;
  talks: Map<string, PerTalk>;
}
