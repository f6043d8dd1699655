import { describe, it, expect } from "vitest";
import { latinRejection } from "../../src/core/extract/latin-filter";
import {
  affiliationOrg,
  bioCompany,
  companyEntity,
  eventEntity,
  speakerEntities,
  splitPeople,
  talkSpeakers,
} from "../../src/core/extract/metadata";
import { realLexicon } from "./extract-fixture";

describe("latinRejection", () => {
  it("rejects code identifiers, job titles and generic words seen in the corpus", () => {
    for (const w of [
      "CEO",
      "CTO",
      "int32",
      "groupId",
      "artifactId",
      "HLewis",
      "committedIndex",
      "ErrNotLeader",
      "GO111MODULE",
      "http.HandlerFunc",
      "CellA",
      "FMT",
      "IDE",
      "open-source",
      "DataSource",
      "SOFAChannel#3",
      "www.163yun.com",
    ])
      expect(latinRejection(w), w).toBeDefined();
  });

  it("keeps names that look like products and acronyms", () => {
    for (const w of [
      "TiDB",
      "gRPC",
      "iPhone",
      "SOFAArk",
      "RobotFramework",
      "K8s",
      "grpc-rs",
      "SGX",
    ])
      expect(latinRejection(w), w).toBeUndefined();
  });
});

describe("eventEntity", () => {
  const lexicon = realLexicon();

  it("returns nothing for an empty field", () => {
    expect(eventEntity("  ", lexicon)).toBeUndefined();
  });

  it("links a numbered session to its series, however it is labelled", () => {
    for (const field of [
      "Go 夜读 第 12 期",
      "SOFAChannel#20:用安全计算保护关键业务",
      "【活动回顾】SOFAMeetup#8 成都站 云原生基础设施建设的现在及未来",
    ]) {
      const meta = eventEntity(field, lexicon);
      expect(meta?.kind, field).toBe("lexicon");
    }
  });

  it("keeps a conference edition as its own event, is-a the series, without the trailing event noun", () => {
    expect(eventEntity("DDD China 2019 领域驱动设计峰会", lexicon)).toMatchObject({
      kind: "new",
      name: "DDD China 2019",
      aliases: ["DDD China 2019 领域驱动设计峰会"],
      series: { name: "DDD China" },
    });
    expect(eventEntity("QCon北京2018", lexicon)).toMatchObject({ name: "QCon北京2018" });
  });
});

describe("splitPeople", () => {
  const lexicon = realLexicon();

  it("keeps the person of a name@company cell", () => {
    expect(splitPeople("张云浩@字节跳动")).toEqual(["张云浩"]);
  });

  it("drops bracketed notes and keeps a nickname as the person's alias", () => {
    expect(splitPeople("郑志雄(花名纶珥)")).toEqual(["郑志雄"]);
    expect(splitPeople("张三(阿里, 蚂蚁)、李四")).toEqual(["张三", "李四"]);
    expect(speakerEntities("郑志雄（花名纶珥）", "", lexicon)).toEqual([
      { kind: "new", name: "郑志雄", type: "person", aliases: ["纶珥"] },
    ]);
  });

  // Speaker fields of the PyCon China 2019 agenda and SOFAStack posts.
  it("drops the agenda letter of a speaker with two talks, record ids and team credits", () => {
    expect(splitPeople("刘欣A")).toEqual(["刘欣"]);
    expect(splitPeople("chengdu_speaker_zehua_wei")).toEqual([]);
    expect(splitPeople("Go 夜读 SIG 小组、曹春晖、John")).toEqual(["曹春晖", "John"]);
    expect(splitPeople("SOFA 团队")).toEqual([]);
    // A Latin name keeps its last capital.
    expect(splitPeople("Andy Zhou")).toEqual(["Andy Zhou"]);
  });

  it("takes the speaker a transcript introduces when the field names no one", () => {
    const text = "> 本文根据直播整理。\n\n大家好，我是玄北，SOFAArk 开源负责人，今天跟大家分享…";
    expect(talkSpeakers("SOFA 团队", text)).toEqual(["玄北"]);
    expect(talkSpeakers(undefined, text)).toEqual(["玄北"]);
    // The field wins when it names someone; a host's opening names no speaker.
    expect(talkSpeakers("王轲", text)).toEqual(["王轲"]);
    expect(talkSpeakers(undefined, "大家好，我是本期的主持人，…")).toEqual([]);
    expect(speakerEntities("SOFA 团队", text, lexicon)).toEqual([
      { kind: "new", name: "玄北", type: "person" },
    ]);
  });
});

describe("companies from affiliation fields (corpus company and speaker_title values)", () => {
  const lexicon = realLexicon();
  const company = (field: string): string | undefined => {
    const e = companyEntity(field, lexicon);
    return e === undefined ? undefined : e.kind === "lexicon" ? e.entry.name : `new ${e.name}`;
  };

  it("finds the lexicon company a job title starts with", () => {
    expect(company("字节跳动架构研发工程师")).toBe("字节跳动");
    expect(company("戴姆勒大中华区 高级架构师")).toBe("戴姆勒");
    expect(company("PingCAP 实习生")).toBe("PingCAP");
    expect(company("特斯拉上海超级工厂的全栈工程师，前 ThoughtWorker, GDG 社区讲师")).toBe("Tesla");
  });

  it("keeps an unknown organisation, without the title, only when it reads as one", () => {
    expect(company("上海麓联智能科技有限公司技术主管 / 全栈工程师")).toBe(
      "new 上海麓联智能科技有限公司",
    );
    expect(company("Unisys 首席应用架构师，全球DDD社区领袖")).toBe("new Unisys");
    expect(company("早安科技")).toBe("new 早安科技");
    expect(affiliationOrg("华中科技大学研究生")).toBe("华中科技大学");
  });

  it("takes a short employer name before a role, and a name's head that ends like one", () => {
    // PyCon China 2019 bio title lines.
    expect(company("点我达资深开发工程师")).toBe("new 点我达");
    expect(company("蟒营（101.camp） 首席布道官")).toBe("new 蟒营");
    expect(company("香侬科技算法平台负责人/前网易游戏技术总监")).toBe("香侬科技");
    expect(company("新南威尔士大学与电子科技大学联合培养博士")).toBe("new 新南威尔士大学");
    // A Latin lexicon name followed by more words is still that company.
    expect(company("Microsoft Developer Relations")).toBe("Microsoft");
    expect(company("Intellif 算法工程师")).toBe("new Intellif");
  });

  it("takes the lexicon company a bio opens with, for talks without a company field", () => {
    const bio = (about: string): string | undefined => {
      const e = bioCompany(about, lexicon);
      return e?.kind === "lexicon" ? e.entry.name : undefined;
    };
    // PyCon China 2023 and SOFAStack bios.
    expect(bio("腾讯 TEG 数据平台部编译器组工程师、CPython 社区 Contributor")).toBe("腾讯");
    expect(bio("叶永杰,蚂蚁集团可信原生技术部软件工程师,开源项目 MOSN 核心成员")).toBe("蚂蚁集团");
    expect(
      bio("十八年从业经验，在敏捷/精益产品需求分析、大企业需求管理方面有丰富经验"),
    ).toBeUndefined();
    expect(bio("曾就职于 ThoughtWorks，现为独立咨询师")).toBeUndefined();
    expect(bio("")).toBeUndefined();
  });

  it("takes the employer a bio names with 来自, 就职于, 目前在 or an @, and an organisation it opens with", () => {
    const bio = (about: string): string | undefined => {
      const e = bioCompany(about, lexicon);
      return e === undefined ? undefined : e.kind === "lexicon" ? e.entry.name : `new ${e.name}`;
    };
    // Go 夜读 and PyCon China bios.
    expect(bio("来自希沃，负责 DevOps、多云架构等相关的工作")).toBe("希沃");
    expect(bio("软件工程师，来自 MegaEase。Easegress 与 EaseMesh 的架构师与开发人员。")).toBe(
      "MegaEase",
    );
    expect(bio("目前在 hashdata 担任数据库内核开发，开源爱好者")).toBe("new hashdata");
    expect(bio("目前就职于B站，担任Go服务端开发师")).toBe("哔哩哔哩");
    expect(bio("开源爱好者，hnes@PingCAP")).toBe("PingCAP");
    expect(bio("唐博：蚂蚁集团技术专家，目前主要致力于 Kubernetes 性能")).toBe("蚂蚁集团");
    expect(bio("北方激光研究院广西分公司云计算基础设施负责人")).toBe("new 北方激光研究院");
    // Past employers, technologies and descriptions name none.
    expect(bio("先后经历 vivo，字节跳动，目前在一家外企从事 Go 的研发工作。")).toBeUndefined();
    expect(bio("我叫 Giampaolo，从 2010 年开始我加入了 Python 核心开发")).toBeUndefined();
    expect(bio("专注于基础架构和中间件开发")).toBeUndefined();
  });

  it("names no company for a role or a bio", () => {
    for (const field of [
      "技术专家，Kubernetes ingress-nginx 审查者，Apache APISIX 贡献者",
      "连续创业者，早期中国 Python/Zope 用户社区组织者",
      "独立开发者",
      "资深架构师",
      "自由职业",
      "硬件极客、个人开发者",
      "算法平台负责人",
      "云原生开发工程师",
      "《流畅的Python》作者",
      "Go 语言核心贡献者（TOP 50）",
    ]) {
      expect(company(field), field).toBeUndefined();
    }
  });
});
