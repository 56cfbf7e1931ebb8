## 外框：每一节四周显示的内容。

-brand = Softmax Lab
brand = { -brand }

## 各节标题，用于导航和标题。
title-overview = 总览
title-softmax = 逻辑值与 softmax
title-sampling = 温度与采样
title-loss = 交叉熵
title-gradients = 梯度
title-training = 训练循环
title-stability = 数值稳定性
title-attention = 注意力中的 softmax
title-pitfalls = 常见陷阱
title-quiz = 自我检测

## 页头和首屏。
tagline = 动手玩转 softmax、温度、top-p 和交叉熵。
skip-to-lesson = 跳到课程正文
nav-label = 课程各节
nav-previous = 上一节
nav-next = 下一节
nav-where = { $number } / { $last } · { $title }
section-number = 第 { $number } 节

## 朗读。
read-aloud-group = 朗读本节
read-aloud = 朗读
read-pause = 暂停
read-stop = 停止

## 分享 / 嵌入。
share-button = 分享 / 嵌入

nav-previous-to = 上一节：{ $title }
nav-next-to = 下一节：{ $title }
pager-label = 上一节和下一节
pager-title = { $number }. { $title }

## 本节周围的页面。
open-full-lesson = 打开完整课程
footer = Softmax Lab 完全在你的浏览器里运行：没有服务器，没有 Cookie，也不做追踪。页面上的每个数字都是实时算出来的。
section-text-failed = 无法加载本节文字（可能已离线）。请重新打开本节再试。

## 各节共用的部件。
show-numbers = 查看数据：{ $caption }
pinned-hide = 隐藏此副本
token-name = 第 { $number } 个词元的名称
token-logit = { $token }的逻辑值
token-remove = 删除{ $token }
token-remove-title = 删除这个词元
token-valuetext = { $token }：逻辑值 { $logit }，概率 { $probability }
slider-box = { $label }（输入数值）
formula-softmax = p i 等于 e 的 z i 次方，除以对所有 j 求和的 e 的 z j 次方
paste-open = 粘贴模型的输出

## 先预测。
predict-first = 先预测
challenge = 挑战
predict-done = 已完成
predict-loading = 正在加载卡片……
predict-load-failed = 无法加载卡片。请检查网络，然后关闭再重新打开。
progress = 已完成 { $done } / { $total }
progress-clear = 清除我的进度
paste-loading = 正在加载粘贴框……
paste-load-failed = 无法加载粘贴框（可能已离线）。请关闭后重新打开再试。
share-load-failed = 分享 / 嵌入：无法加载（可能已离线）。请重试。
preset-default = 课程默认值
preset-equal = 全部相等
preset-dominant = 一个占优
preset-tied = 两个并列
presets-label = 示例
presets-try = 试试：

## 分步讲解的按钮。
step-done = （已完成）
step-back = 上一步
step-next = 下一步
step-count = 第 { $step } 步，共 { $count } 步
step-then = 下一节：{ $number }. { $title }

## 新版本提示。
update-title = 课程有新版本了。
update-text = 重新加载即可使用；滑块的取值保存在链接里，不会丢失。
update-reload = 重新加载
update-later = 稍后
page-title = { $section } – { -brand }

## 数字输入框的提示。
slider-clamped = 已限制在 { $min } 到 { $max } 之间：设为 { $value }。
slider-not-number = “{ $text }”不是数字：请输入 { $min } 到 { $max } 之间的数。

## 共用控件。
temperature-label = 温度 T
target-label = 真正的下一个词

token-fallback = 词元 { $number }
word-separator = { "、" }
value-nats = { $value } nats

default-tokens = 猫,狗,鸟,鱼

## 语言菜单。
language-label = 语言

## 示例词元组。
example-support-tokens = 退款,补发,转人工
example-sentence-tokens = 垫子,地板,沙发,屋顶,月亮
spare-tokens = 垫子,帽子,沙发,盒子,树,车,地毯,床,太阳,杯子,膝盖,屋顶
frame-sentence = 猫坐在{ $token }上。
frame-any = 下一个词元：{ $token }
