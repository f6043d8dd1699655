// Discovery of terms the lexicon lacks: Chinese noun compounds from jieba's tags, Latin names
// (CamelCase, acronyms, hyphenated) and English Title-Case phrases, counted across the corpus.
// Only candidates above the documented thresholds (options.ts) become entities; all are returned
// with their figures so `extract --report` can suggest lexicon additions.
import type { EntityType } from "../types";
import type { Lexicon } from "../lexicon";
import { termKey } from "../lexicon";
import type { ExtractOptions } from "./options";
import type { Segmented } from "./segment";
import { passageAround } from "./evidence";
import { compareStrings } from "./ids";
import { GENERIC_EN, GENERIC_ZH } from "./stoplist";

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
  field: Segmented;
  start: number;
  end: number;
  inTitle: boolean;
}

interface Tally {
  forms: Map<string, number>;
  count: number;
  latin: boolean;
  phrase: boolean;
  /** talk id → occurrences (only the first few keep positions). */
  talks: Map<string, { count: number; inTitle: boolean; at: Occurrence[] }>;
}

/** jieba tags of words that may be (part of) a name. */
const NOUN_TAGS = new Set(["n", "nz", "nt", "vn", "nrt", "eng"]);
/** Single jieba words with these tags are candidates on their own; plain nouns only in compounds. */
const NAME_TAGS = new Set(["nz", "nt", "nrt"]);
const LATIN_NAME = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-+.#][A-Za-z0-9]+)*(?![A-Za-z0-9])/gu;
const TITLE_PHRASE = /(?<![A-Za-z0-9])[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]{2,}){1,2}(?![A-Za-z0-9])/gu;
const MAX_KEPT = 3;
/** Host names and file names are addresses, not terms. */
const HOST_NAME = /^www\.|\.(?:com|cn|org|net|io|html?|md|json|ya?ml|go|py|js|ts)$/iu;

/** CamelCase (TiDB, gRPC), acronyms (ORM), letters with digits (K8s), hyphenated (grpc-rs). */
function isLatinName(w: string): boolean {
  return (
    /[a-z][A-Z]|^[A-Z]{2,}[a-z]/u.test(w) ||
    /^[A-Z0-9]+$/u.test(w) ||
    /[A-Za-z][0-9]|[0-9][A-Za-z]/u.test(w) ||
    /^[a-z0-9]+(?:-[a-z0-9]+)+$/u.test(w)
  );
}

export function candidateType(name: string, latin: boolean, phrase: boolean): EntityType {
  if (phrase) return "concept";
  if (latin) return "technology";
  if (/(?:公司|集团|科技)$/u.test(name)) return "company";
  if (/(?:平台|系统|框架|引擎|数据库|协议|语言)$/u.test(name)) return "technology";
  return "concept";
}

export class Discovery {
  private tallies = new Map<string, Tally>();
  /** termKey is a full text repair: computed once per distinct form. */
  private keys = new Map<string, string>();
  constructor(
    private lexicon: Lexicon,
    private options: ExtractOptions,
  ) {}

  private add(talk: string, form: string, occ: Occurrence, latin: boolean, phrase: boolean): void {
    let key = this.keys.get(form);
    if (key === undefined) {
      key = termKey(form);
      this.keys.set(form, key);
    }
    if (this.lexicon.byKey.has(key)) return;
    let t = this.tallies.get(key);
    if (!t) {
      t = { forms: new Map(), count: 0, latin, phrase, talks: new Map() };
      this.tallies.set(key, t);
    }
    t.count++;
    t.forms.set(form, (t.forms.get(form) ?? 0) + 1);
    let per = t.talks.get(talk);
    if (!per) {
      per = { count: 0, inTitle: false, at: [] };
      t.talks.set(talk, per);
    }
    per.count++;
    per.inTitle ||= occ.inTitle;
    if (per.at.length < MAX_KEPT) per.at.push(occ);
  }

  /** Collects the candidates of one field (title or text) of a talk. */
  collect(talk: string, field: Segmented, inTitle: boolean): void {
    const { minCjkLength, minLatinLength } = this.options;
    // 1. Chinese: single proper nouns, and compounds of 2–3 adjacent nouns of one run.
    for (const run of field.runs) {
      const words = run.words;
      let at = run.start;
      for (let i = 0; i < words.length; at += words[i]!.word.length, i++) {
        const w = words[i]!;
        // Compounds start on a real word: a lone character ("微", "云") is a fragment.
        if (w.word.length < 2 || !NOUN_TAGS.has(w.tag)) continue;
        if (NAME_TAGS.has(w.tag) && w.word.length >= minCjkLength && !GENERIC_ZH.has(w.word)) {
          this.add(
            talk,
            w.word,
            { field, start: at, end: at + w.word.length, inTitle },
            false,
            false,
          );
        }
        let form = w.word;
        let allGeneric = GENERIC_ZH.has(w.word);
        for (let k = i + 1; k < words.length && k <= i + 2; k++) {
          const next = words[k]!;
          if (!NOUN_TAGS.has(next.tag)) break;
          form += next.word;
          allGeneric &&= GENERIC_ZH.has(next.word);
          if (allGeneric || form.length < minCjkLength || form.length > 8) continue;
          this.add(talk, form, { field, start: at, end: at + form.length, inTitle }, false, false);
        }
      }
    }
    // 2. Latin names, and English Title-Case phrases whose words are not generic.
    for (const m of field.text.matchAll(LATIN_NAME)) {
      const w = m[0];
      if (w.length < minLatinLength || !isLatinName(w) || GENERIC_EN.has(w.toLowerCase())) continue;
      if (HOST_NAME.test(w)) continue;
      this.add(talk, w, { field, start: m.index, end: m.index + w.length, inTitle }, true, false);
    }
    for (const m of field.text.matchAll(TITLE_PHRASE)) {
      const parts = m[0].split(" ");
      if (parts.some((p) => GENERIC_EN.has(p.toLowerCase()))) continue;
      this.add(
        talk,
        m[0],
        { field, start: m.index, end: m.index + m[0].length, inTitle },
        true,
        true,
      );
    }
  }

  /** Every candidate with its figures and verdict, accepted first, then by df and count. */
  finish(talkCount: number): { candidates: Candidate[]; accepted: Map<string, AcceptedTerm> } {
    const o = this.options;
    const candidates: Candidate[] = [];
    const accepted = new Map<string, AcceptedTerm>();
    for (const [key, t] of this.tallies) {
      const name = [...t.forms.entries()].sort(
        (a, b) => b[1] - a[1] || compareStrings(a[0], b[0]),
      )[0]![0];
      const df = t.talks.size;
      const bg = o.background?.get(name);
      let reason: string | undefined;
      if (df < o.minDf) reason = `in ${df} talk(s) < minDf ${o.minDf}`;
      else if (t.count < o.minCount) reason = `${t.count} occurrence(s) < minCount ${o.minCount}`;
      else if (talkCount >= 20 && df / talkCount > o.maxDfShare)
        reason = `in ${df}/${talkCount} talks > maxDfShare`;
      else if (bg !== undefined && bg > o.maxBackgroundDf)
        reason = `common IT word (THUOCL df ${bg})`;
      const type = candidateType(name, t.latin, t.phrase);
      const examples = [...t.talks.values()]
        .flatMap((p) => p.at)
        .slice(0, MAX_KEPT)
        .map((a) => passageAround(a.field.text, a.start, a.end, o.evidenceRadius));
      candidates.push({
        name,
        type,
        count: t.count,
        df,
        ...(bg !== undefined ? { backgroundDf: bg } : {}),
        examples,
        accepted: !reason,
        ...(reason ? { reason } : {}),
      });
      if (!reason) accepted.set(key, { name, type, talks: t.talks });
      else if (t.latin && !t.phrase) {
        // One talk's own product or acronym, said again and again (Occlum, SGX): that talk only.
        const own = new Map([...t.talks].filter(([, per]) => per.count >= o.minTalkCount));
        if (own.size > 0 && (bg === undefined || bg <= o.maxBackgroundDf)) {
          accepted.set(key, { name, type, talks: own });
          candidates[candidates.length - 1] = {
            ...candidates[candidates.length - 1]!,
            accepted: true,
            reason: undefined,
          };
          delete candidates[candidates.length - 1]!.reason;
        }
      }
    }
    candidates.sort(
      (a, b) =>
        Number(b.accepted) - Number(a.accepted) ||
        b.df - a.df ||
        b.count - a.count ||
        compareStrings(a.name, b.name),
    );
    return { candidates, accepted };
  }
}

export interface AcceptedTerm {
  name: string;
  type: EntityType;
  talks: Map<string, { count: number; inTitle: boolean; at: Occurrence[] }>;
}
