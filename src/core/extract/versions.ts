// Version-qualified names: a talk about "Python 3.6", "Go 1.13" or "CPython3.12" is about that
// release, not only the language. A lexicon technology or product followed by a version number
// yields an entity of its own ("Go 1.13", is-a Go); the base entity is still linked.
import type { EntityType, LexiconEntry } from "../types";

/** Entry types whose releases are named by a version number. */
const VERSIONED_TYPES: ReadonlySet<EntityType> = new Set(["technology", "product"]);

/** Whether an entry's releases are named "Name N.N": not a name that ends on a number (HTTP/2). */
export function hasReleases(entry: LexiconEntry): boolean {
  return VERSIONED_TYPES.has(entry.type) && !isDigit(entry.name.charCodeAt(entry.name.length - 1));
}

/**
 * A version right after a name: one optional space, an optional "v", a major of 1–2 digits and
 * up to two dotted parts ("3.6", "1.13.1", "v2.0"). Not a year ("Go 2019": 4 digits), not a range
 * ("2.6.x", "2.*"), not the start of a longer token ("3D", "1.13-rc").
 */
const VERSION_AFTER =
  /^ ?([vV]?)([0-9]{1,2}(?:\.[0-9]{1,3}){0,2})(?![0-9A-Za-z_*-]|\.[0-9A-Za-z*])/u;

export interface VersionHit {
  /** "3.6" */
  version: string;
  /** Offset just after the version in the text. */
  end: number;
  /** A major.minor ("1.13") names a release by itself; a major or a patch release needs more. */
  minor: boolean;
}

/**
 * The version that follows a name matched at [start, end) in `text`, if any. A match that ends
 * on a major already (the alias "Python3" in "Python3.6") is read from before that major.
 */
export function versionAfter(text: string, start: number, end: number): VersionHit | undefined {
  let from = end;
  while (from > start && isDigit(text.charCodeAt(from - 1))) from--;
  if (from < end && from > start) {
    if (text.charCodeAt(from - 1) === 32) from--;
    const hit = versionAt(text, from);
    if (hit && hit.end > end) return hit;
  }
  return versionAt(text, end);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function versionAt(text: string, end: number): VersionHit | undefined {
  const next = text.charCodeAt(end);
  // Fast path: only a space, v/V or a digit can start a version.
  if (!(next === 32 || next === 118 || next === 86 || (next >= 48 && next <= 57))) return undefined;
  const m = VERSION_AFTER.exec(text.slice(end, end + 16));
  if (!m) return undefined;
  const version = m[2]!;
  const parts = version.split(".").length;
  const after = end + m[0].length;
  if (parts === 1) {
    // A bare major is a release only as "Python 3" or "Python3": "Mosn V1", "Mixer v2" label
    // instances or API versions, and "Code2. …" is a list number run into the name.
    if (m[1] !== "" || text.charCodeAt(after) === 46) return undefined;
  }
  return { version, end: after, minor: parts === 2 };
}

/** The canonical name of an entry's release: "Python" + "3.6" → "Python 3.6". */
export function versionedName(entry: LexiconEntry, version: string): string {
  return `${entry.name} ${version}`;
}

/**
 * Whether the release is a topic of the talk: a major.minor anywhere ("Go 1.13", "CPython3.12":
 * a release named on purpose); a bare major ("Go 2") or a patch release ("SOFABolt 1.5.0", mostly
 * a dependency's pinned version) only in the title or said twice.
 */
export function isVersionTopic(minor: boolean, count: number, inTitle: boolean): boolean {
  return minor || inTitle || count >= 2;
}
