// One talk per real talk: inputs that share a normalised title + speaker (the same talk read
// from a listing page and a PDF, or listed twice) become one Talk. The first input wins each
// field; later inputs fill the gaps, add their source, and add their text when it is new.
import type { Talk, TalkInput } from "../types";
import { fnv1a32, normalizeKey, talkId, talkKey } from "./normalize";

/**
 * `events`: every event the talk was listed under, when its inputs name more than one (a DDD
 * China 2019 talk given again at DDD China 2020); `event` stays the first.
 */
export type MergedTalk = Talk & { pageOffsets?: number[]; events?: string[] };

const TEXT_SEPARATOR = "\n\n";

/** Fields copied from the first input that has them. */
const FILL_FIELDS = [
  "speaker",
  "company",
  "about",
  "event",
  "collection",
  "date",
  "url",
  "pages",
  "bytes",
] as const;

export function mergeTalks(inputs: TalkInput[]): MergedTalk[] {
  // 1. Group by identity, keeping input order inside each group.
  const groups = new Map<string, TalkInput[]>();
  for (const input of withCoSpeakers(inputs)) {
    const key = talkKey(input.title, input.speaker);
    const group = groups.get(key);
    if (group) group.push(input);
    else groups.set(key, [input]);
  }
  // 2. Merge each group; ids that collide (2^-32 per pair) get a salted id so none is lost.
  const byId = new Map<string, MergedTalk>();
  for (const [key, group] of groups) {
    let id = talkId(group[0]!.title, group[0]!.speaker);
    for (let salt = 1; byId.has(id); salt++) id = "t:" + fnv1a32(key + "\u0000" + salt);
    byId.set(id, mergeGroup(id, group));
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Joins the names of a talk's speakers, as listings write them ("徐迪、张晓宇"). */
const SPEAKER_JOIN = "、";

/**
 * A co-presented talk is often listed once per speaker: same title, same event, same text,
 * another speaker (DDD China's agenda lists 亢江妹 and 王健 for 中台规划的七种武器). Those
 * inputs get every speaker, in input order, so they merge into one talk; the bios are joined.
 * A repeated title with another text or at another event stays a talk of its own.
 */
function withCoSpeakers(inputs: TalkInput[]): TalkInput[] {
  const listings = new Map<string, TalkInput[]>();
  for (const input of inputs) {
    const text = normalizeKey(input.text);
    if (!input.speaker || text === "") continue;
    const key = [normalizeKey(input.title), normalizeKey(input.event ?? ""), text].join("\u0000");
    const same = listings.get(key);
    if (same) same.push(input);
    else listings.set(key, [input]);
  }
  const joined = new Map<TalkInput, Pick<TalkInput, "speaker" | "about">>();
  for (const same of listings.values()) {
    const speakers = [...new Set(same.map((input) => input.speaker!))];
    if (speakers.length < 2) continue;
    const abouts = [...new Set(same.flatMap((input) => (input.about ? [input.about] : [])))];
    const shared = { speaker: speakers.join(SPEAKER_JOIN), about: abouts.join("\n") };
    for (const input of same) joined.set(input, shared);
  }
  if (joined.size === 0) return inputs;
  return inputs.map((input) => {
    const shared = joined.get(input);
    if (!shared) return input;
    const out: TalkInput = { ...input, speaker: shared.speaker };
    if (shared.about) out.about = shared.about;
    else delete out.about;
    return out;
  });
}

function mergeGroup(id: string, group: TalkInput[]): MergedTalk {
  const first = group[0]!;
  const talk: MergedTalk = { id, title: first.title, source: first.source, text: "" };
  for (const input of group) {
    for (const field of FILL_FIELDS) {
      if (talk[field] === undefined && input[field] !== undefined) {
        Object.assign(talk, { [field]: input[field] });
      }
    }
    if (input.tags && input.tags.length > 0) {
      talk.tags = [...new Set([...(talk.tags ?? []), ...input.tags])];
    }
    appendText(talk, input);
  }
  const events = [...new Set(group.flatMap((input) => (input.event ? [input.event] : [])))];
  if (events.length > 1) talk.events = events;
  const sources = [...new Set(group.map((input) => input.source))];
  if (sources.length > 1) talk.sources = sources;
  return talk;
}

/** Adds an input's text unless the talk already holds it; shifts the first PDF's page offsets. */
function appendText(talk: MergedTalk, input: TalkInput): void {
  const text = input.text.trim() === "" ? "" : input.text;
  if (text === "" || talk.text.includes(text)) return;
  // A longer text that holds everything read so far replaces it (a transcript over an abstract).
  if (talk.text !== "" && text.includes(talk.text) && talk.pageOffsets === undefined) {
    talk.text = text;
    if (input.pageOffsets) talk.pageOffsets = [...input.pageOffsets];
    return;
  }
  const start = talk.text === "" ? 0 : talk.text.length + TEXT_SEPARATOR.length;
  talk.text = talk.text === "" ? text : talk.text + TEXT_SEPARATOR + text;
  if (input.pageOffsets && talk.pageOffsets === undefined) {
    talk.pageOffsets = input.pageOffsets.map((offset) => offset + start);
  }
}
