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
