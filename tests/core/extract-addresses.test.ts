// Domain names and Java packages outside links name nothing: passages as SOFAStack posts and
// Go 夜读 notes write them (Maven coordinates, contact e-mails), on the real lexicon.
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../src/core/extract";
import { inAddress } from "../../src/core/extract/urls";
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

describe("addresses", () => {
  it("finds labels of domain names and reverse-domain packages", () => {
    const at = (text: string, word: string): boolean => {
      const start = text.indexOf(word);
      return inAddress(text, start, start + word.length);
    };
    expect(at("<groupid>com.alipay.sofa</groupid>", "alipay")).toBe(true);
    expect(at("联系 foo@gmail.com 即可", "gmail")).toBe(true);
    expect(at("github.com/pingcap/tidb", "github")).toBe(true);
    // A Go package used in code is a mention; so is a name at a sentence's end.
    expect(at("pprof.startcpuprofile(f)", "pprof")).toBe(false);
    expect(at("我们用 kafka. 然后", "kafka")).toBe(false);
    expect(at("vue.js 与 react", "vue")).toBe(false);
  });

  it("drops the company of a Maven groupId and an e-mail host, keeps what the prose names", () => {
    const mentions = linked(
      "在 pom 中引入 <groupId>com.alipay.sofa</groupId>，有问题可以发邮件到 dev@gmail.com。" +
        "支付宝的核心链路使用 SOFARPC。",
    );
    expect(mentions).toContain("e:支付宝");
    expect(
      linked("引入 <groupId>com.alipay.sofa</groupId> 依赖，发邮件到 dev@gmail.com"),
    ).not.toEqual(expect.arrayContaining(["e:支付宝"]));
    expect(mentions).not.toContain("e:gmail");
  });

  it("keeps a company named by a link's host, not a platform hosting an article", () => {
    expect(linked("详见 www.163yun.com 的文档")).toContain("e:网易云");
    expect(linked("官方博客 https://blog.jetbrains.com/cn 有更新")).toContain("e:jetbrains");
    const article = linked("可以看下这个:https://mp.weixin.qq.com/s/PmB72OB3iALsyqRJztbpWA");
    expect(article).not.toContain("e:微信");
    expect(article).not.toContain("e:qq");
    expect(linked("讨论见 https://groups.google.com/g/golang-nuts")).not.toContain("e:google");
    // A link without a dot is still a link.
    expect(linked("本地打开 http://localhost:8080/kafka 查看")).not.toContain("e:kafka");
  });
});
