// Generic words that are never entities on their own, in talks of any kind: they name the
// activity (设计, 实践), the thing in general (系统, 服务) or are English filler of slide titles.
// Discovery skips them and compounds made only of them.

export const GENERIC_ZH: ReadonlySet<string> = new Set(
  (
    "系统 服务 业务 设计 程序 平台 方案 问题 能力 数据 技术 应用 功能 模块 用户 场景 方式 时候 " +
    "部分 开发 实践 架构 公司 团队 项目 产品 工作 代码 内容 方面 情况 过程 结果 目标 需求 原因 " +
    "时间 东西 事情 地方 大家 人员 同学 老师 作者 演讲 分享 介绍 主题 内容 问题 经验 思考 " +
    "机制 模型 策略 流程 环境 工具 框架 组件 接口 版本 性能 成本 效率 质量 规模 体系 实现 " +
    "方法 原理 概念 基础 核心 关键 整体 全局 细节 逻辑 信息 资源 对象 类型 结构 状态 配置 " +
    "能力 价值 意义 背景 现状 挑战 未来 趋势 发展 演进 落地 行业 领域 企业 客户 社区 生态 " +
    "页面 文件 文档 图片 视频 链接 地址 参数 变量 函数 方法 类 包 库 层 端 侧 个 里 中"
  ).split(/\s+/u),
);

export const GENERIC_EN: ReadonlySet<string> = new Set(
  (
    "what how why when where who which the this that these those our your their its and for with from " +
    "into about over under after before then than there here some many more most much such each every " +
    "all any both only also very just not but can could will would should may might must have has had " +
    "was were are been being use using used get make new old good best first last next part case " +
    "engineer engineering developer manager director architect senior lead team company introduction " +
    "agenda contents summary thanks thank you questions question demo example overview background " +
    "section chapter page slide talk session speaker author let let's we they them us it" +
    " http https www com org net html json api app"
  ).split(/\s+/u),
);

/** Job titles and roles: they describe a speaker, they are not topics. */
export const ROLE_EN: ReadonlySet<string> = new Set(
  (
    "ceo cto cfo coo cio cso cmo cpo vp svp evp gm pm po hr hrbp bd pmc mvp tl sre qa " +
    "phd msc bsc mba gde rd"
  ).split(" "),
);

/**
 * Everyday acronyms of computing and of slides: too generic to be a discovered entity (a lexicon
 * entry can still name them). From cspell-dicts' computing-acronyms list plus common ones.
 */
export const GENERIC_ACRONYMS: ReadonlySet<string> = new Set(
  (
    "ppt pdf ide fmt qps tps rps cpu gpu ram rom ssd hdd io os ui ux gui cli api sdk url uri uuid " +
    "guid id ip tcp udp http https html css xml json yaml csv sql dns cdn vpn wan lan dev ops " +
    "prod app web faq todo tbd etc diy pc db dbal dal cn ok rtt ttl ack nack eof utf ascii " +
    "qa ab sla slo sli kpi okr roi b2b b2c saas paas iaas " +
    "acm admin btn ceip cest cga cmos csat ctl ddr dos dram drm eet ega esa gsm hdmi ieee lts odbc " +
    "oss ou ref rpcs sram svga uhf utp vga vhs vnc vps vram w3c wap www wysiwyg zip " +
    "sig wip poc mvp demo idc"
  ).split(" "),
);

/**
 * Last words that make a Chinese compound a role, a group, a place, a time or an activity
 * ("技术专家", "中间件团队", "钉钉群", "上海站", "启动时", "源码分析"): not a named thing.
 */
export const GENERIC_ZH_HEADS: ReadonlySet<string> = new Set(
  (
    "专家 工程师 架构师 负责人 成员 爱好者 科学家 开发者 研究员 讲师 总监 经理 主管 创始人 " +
    "顾问 布道师 作者 同学 老师 嘉宾 讲者 团队 小组 部门 群 频道 站 社区 活动 直播 大纲 " +
    "时 时代 期间 阶段 过程 之后 之前 以来 内 外 上 下 中 里 前 后 方向 方式 原则 思路 " +
    "列表 记录 特性 场景 方法 分析 解析 整理 介绍 分享 实践 总结 回顾 问题 情况 体系 " +
    "利器 领域 技术 能力 方案 理念 案例 指南 入门 系列 专场 专题 话题 公司 有限公司 " +
    "自我介绍 文档 栈"
  ).split(" "),
);
