## 关于链接的提示：链接中哪项设置无法原样使用，以及本课改用了什么。

param-temperature = 温度
param-top-p = top-p
param-min-p = min-p
param-probability-of-correct-token = 正确词元的概率
param-label-smoothing = 标签平滑
param-distillation-temperature = 蒸馏温度
param-learning-rate = 学习率
param-finite-difference-step = 有限差分步长
param-offset = 偏移量
param-training-set-size = 训练集大小
param-training-speed = 训练速度
param-key-dimension-dk = 键维度 d_k
param-query-scale = 查询缩放倍数
param-seed = 随机种子
param-unknown-section = 没有名为“{ $value }”的小节；改为显示总览。
param-unknown-precision = 没有名为“{ $value }”的精度；请用 f64 或 f32。
param-unknown-mask = 没有名为“{ $value }”的掩码；请用 inf、zero 或 none。
param-unknown-theme = 没有名为“{ $value }”的主题；请用 light、dark 或 contrast。
param-changed = { $setting }：范围是 { $min } 到 { $max }；{ $value } 已改为 { $clamped }。
param-not-whole = { $setting }：必须是 { $min } 到 { $max } 之间的整数；改用 { $default }。
param-not-number = { $setting }：必须是数字，而不是“{ $value }”；改用 { $default }。
param-not-flag = { $key } 只能取 1 或 0，不能是“{ $value }”。
param-top-k-above = top-k 为 { $value }，超过了可选的最大值（{ $max }）；现已关闭。
param-top-k-bad = top-k 必须是 0（关闭）到 { $max } 之间的整数；现已关闭。
param-target-bad = 正确词元必须是 0 到 { $max } 之间的数字；改用第一个。
param-hide-unknown = 没有名为“{ $value }”的控件可以隐藏。
param-too-many-tokens = 链接中列出了 { $count } 个词元；本课只保留前 { $max } 个。
param-names-cut = 词元名称最多 { $max } 个字符；过长的已截短。
param-names-markup = 词元名称一律按纯文本显示，不作为 HTML。
param-too-few-tokens = 本课至少需要 { $min } 个词元；改用默认词元。
param-logits-not-numbers =
    { $count ->
       *[other] 链接中有 { $count } 个逻辑值不是数字；已设为 0。
    }
param-logits-clamped =
    逻辑值的范围是 { $min } 到 { $max }；{ $count ->
       *[other] 有 { $count } 个值
    }已截到此范围内。
param-too-many-logits = 链接中列出了 { $count } 个逻辑值；本课只保留前 { $max } 个。
param-too-few-logits = 本课至少需要 { $min } 个逻辑值；改用默认逻辑值。
param-counts-differ = 链接中有 { $tokens } 个词元，却有 { $logits } 个逻辑值；缺少的逻辑值设为 0，多余的丢弃。
param-old-version = 这个链接由本课的另一个版本生成；已按版本 1 读取。
param-unknown-language = 本课没有名为“{ $value }”的语言；改用你浏览器的语言显示。

## 提示栏：标题与关闭按钮。
link-notices-title = 这个链接中有些设置本课无法原样使用：
lms-notices-title = 你的学习管理系统没有记录全部内容：
dismiss = 关闭

## 学习管理系统拒绝的内容（仅 SCORM 包）。
lms-missing = LMS 没有 { $call }
lms-failed = { $call } 在 LMS 内部执行失败
lms-refused = { $call }({ $value }) 被拒绝：{ $text }（错误 { $code }）
lms-invalid = { $element } = “{ $value }”不符合 SCORM 1.2；未发送
