// Entries of the real lexicon whose names are also everyday words or other things: each counts
// beside its own subject's words and not in an ordinary sentence that happens to contain it.
// Among them, names of the security, client, front-end, infrastructure and runtime areas that are
// another field's acronym, or two English words the matcher may read as one name ("and fix" for
// AndFix).
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

describe("gated names of the field areas", () => {
  it("read Spectre and Meltdown as CPU vulnerabilities only beside vulnerability words", () => {
    expect(linked("The market meltdown of 2008 taught us about risk.")).not.toContain("e:熔断漏洞");
    expect(linked("Meltdown 和 Spectre 都利用了 CPU 的推测执行侧信道。")).toEqual(
      expect.arrayContaining(["e:熔断漏洞", "e:幽灵漏洞"]),
    );
  });

  it("read SOC as security operations, not as a system on chip", () => {
    expect(linked("这颗 SoC 集成了 CPU、GPU 和 NPU。")).not.toContain("e:安全运营");
    expect(linked("SOC 团队每天处理 SIEM 上的告警。")).toContain("e:安全运营");
  });

  it("read SEV as AMD's encrypted VMs, not as an incident severity", () => {
    expect(linked("这次故障定级为 SEV-1,值班同学马上拉群。")).not.toContain("e:amd-sev");
    expect(linked("AMD SEV 为每台虚拟机的内存加密,用于机密计算。")).toContain("e:amd-sev");
  });

  it("do not read two English words as a one-word library name", () => {
    expect(linked("We deploy, find bugs and fix them.")).not.toContain("e:spotbugs");
    expect(linked("Review the code and fix the tests.")).not.toContain("e:andfix");
    expect(linked("阿里的 AndFix 和微信的 Tinker 都是 Android 热修复方案。")).toEqual(
      expect.arrayContaining(["e:andfix", "e:tinker"]),
    );
    expect(linked("CI 里跑 SpotBugs 检查 Java 字节码。")).toContain("e:spotbugs");
    expect(linked("tls: Thread Local Storage for the current goroutine")).not.toContain(
      "e:threadlocal",
    );
    expect(linked("tls: Thread Local Storage for the current goroutine")).not.toContain(
      "e:web-storage",
    );
    expect(linked("页面用 localStorage 缓存用户配置,浏览器刷新后仍在。")).toContain(
      "e:web-storage",
    );
    expect(linked("用 ThreadLocal 保存请求上下文,注意线程池复用时要清理。")).toContain(
      "e:threadlocal",
    );
  });

  it("read Testing Library as the library only where its packages are named, with React beside", () => {
    expect(
      linked("Jest is a testing library; we pick a testing library per project."),
    ).not.toContain("e:testing-library");
    expect(linked("组件测试用 React Testing Library 模拟用户操作。")).toEqual(
      expect.arrayContaining(["e:testing-library", "e:react"]),
    );
  });

  it("read bare 内核 as the OS kernel only beside operating-system words", () => {
    expect(linked("我们决定基于 MOSN 内核去开发云原生应用运行时。")).not.toContain(
      "e:操作系统内核",
    );
    expect(linked("进程通过系统调用陷入内核,由内核完成 I/O。")).toContain("e:操作系统内核");
  });

  it("read CLS and ISR as web terms only beside rendering words", () => {
    expect(linked("BERT 用 [CLS] 向量做句子分类。")).not.toContain("e:cls");
    expect(linked("ISR 是中断服务程序,要尽快返回。")).not.toContain("e:增量静态再生");
    expect(linked("Next.js 的 ISR 在后台重新生成静态页面。")).toContain("e:增量静态再生");
    expect(linked("Core Web Vitals 包括 LCP、INP 和 CLS 三个指标。")).toEqual(
      expect.arrayContaining(["e:lcp", "e:inp", "e:cls", "e:web-vitals"]),
    );
  });

  it("still read a one-word name written in two parts after new multi-word names share its start", () => {
    // "Swift Package Manager", "Metal API", "Runtime Application Self-Protection" and "Common
    // Weakness Enumeration" put "swift ", "metal ", "runtime " and "common " in the trie.
    expect(linked("iOS 开发用 Swift UI 写界面,Xcode 里预览。")).toContain("e:swiftui");
    expect(linked("裸金属 Kubernetes 集群用 Metal LB 分配 IP。")).toContain("e:metallb");
    expect(linked("Kubernetes 引入了 Runtime Class 调度。")).toContain("e:runtimeclass");
    expect(linked("模块规范有 Common JS 和 ESM 两种。")).toContain("e:commonjs");
  });
});
