// Entries of the real lexicon whose names are also everyday words or other things: each counts
// beside its own subject's words and not in an ordinary sentence that happens to contain it.
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../src/core/extract";
import { lexiconTerms } from "../../src/core/lexicon";
import type { Talk } from "../../src/core/types";
import { createJiebaTokenizer } from "../../src/node/jieba";
import { realLexicon } from "./extract-fixture";

const lexicon = realLexicon();
const tokenizer = createJiebaTokenizer(lexiconTerms(lexicon));

/** The entity ids one talk text mentions. */
function linked(text: string): string[] {
  const talk: Talk = { id: "t:1", title: "talk", source: "test", text };
  return extractEntities([talk], lexicon, tokenizer).mentions.map((m) => m.entity);
}

describe("gated names of the real lexicon", () => {
  it("read kind as Kubernetes IN Docker only where a kind cluster is made", () => {
    expect(
      linked("Deployment 的 YAML 里 kind 写成 Deployment,Kubernetes 据此创建 Pod。"),
    ).not.toContain("e:kind");
    expect(linked("本地用 kind create cluster 起一个 Kubernetes 集群做测试。")).toContain("e:kind");
  });

  it("read wheel as the Python package format only in a packaging talk", () => {
    expect(
      linked("Don't reinvent the wheel: our CI pipeline reuses existing tools."),
    ).not.toContain("e:wheel");
    expect(linked("把 C 扩展编译成 wheel,再上传到 PyPI。")).toContain("e:wheel");
  });

  it("read ACK as Alibaba Cloud's Kubernetes service only where its clusters are meant", () => {
    expect(linked("TCP 三次握手:客户端发送 SYN,服务端回复 SYN 和 ACK。")).not.toContain(
      "e:阿里云容器服务",
    );
    expect(linked("阿里云网络团队分享:TCP 服务端收到 SYN 后回复 ACK。")).not.toContain(
      "e:阿里云容器服务",
    );
    expect(linked("我们把集群迁到了阿里云 ACK 上,节点池按需扩容。")).toContain("e:阿里云容器服务");
  });

  it("keep Jackson the library apart from a speaker called Jackson", () => {
    expect(linked("讲师 Jackson 介绍了他们的 Java 服务如何返回 JSON。")).not.toContain("e:jackson");
    expect(linked("用 Jackson 的 ObjectMapper 做 JSON 序列化。")).toContain("e:jackson");
  });
});
