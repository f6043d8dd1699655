// Calls to action that end SOFAStack posts name no topic of the talk; the same names said
// about the talk still count. Passages from ../shared/corpus/sofastack-*.jsonl, real lexicon.
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../src/core/extract";
import { callToActionSpans } from "../../src/core/extract/boilerplate";
import { lexiconTerms } from "../../src/core/lexicon";
import type { Talk } from "../../src/core/types";
import { createJiebaTokenizer } from "../../src/node/jieba";
import { realLexicon } from "./extract-fixture";

const lexicon = realLexicon();
const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));
const linked = (text: string): string[] => {
  const talk: Talk = { id: "t:1", title: "talk", source: "test", text };
  return extractEntities([talk], lexicon, tokenizer).mentions.map((m) => m.entity);
};

const FOOTER =
  "> 欢迎加入直播互动钉钉群:23372465,不错过每场直播。\n" +
  "或微信扫码关注“金融级分布式架构”微信公众号👇\n";

describe("calls to action", () => {
  it("finds the clauses that ask to follow a channel, not those that describe one", () => {
    const text =
      FOOTER +
      "python-wechaty 可以运行在多种 IM 平台,例如微信、企业微信、微信公众号、钉钉。" +
      "不管是在PC端或者扫二维码,请求都进入统一接入层。";
    const spans = callToActionSpans(text);
    const sentences = [];
    for (let i = 0; i < spans.length; i += 2) sentences.push(text.slice(spans[i], spans[i + 1]));
    expect(sentences).toEqual([
      "> 欢迎加入直播互动钉钉群:23372465",
      "或微信扫码关注“金融级分布式架构”微信公众号👇",
    ]);
  });

  it("links nothing from a footer, and what the talk itself names", () => {
    const footerOnly = linked("SOFARPC 的性能优化。\n" + FOOTER);
    expect(footerOnly).toContain("e:sofarpc");
    for (const id of ["e:钉钉", "e:微信公众号", "e:金融"]) expect(footerOnly).not.toContain(id);
    const said = linked("机器人可以运行在微信公众号和钉钉上。\n" + FOOTER);
    expect(said).toEqual(expect.arrayContaining(["e:钉钉", "e:微信公众号"]));
    // Only the asking clause is dropped, not the sentence it ends.
    expect(linked("我们的服务网格实践,欢迎加入直播互动钉钉群:123。")).toContain("e:service-mesh");
  });
});
